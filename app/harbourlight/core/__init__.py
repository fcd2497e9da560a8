"""Qt-free domain: plain frozen data models and pure functions over them."""
