# Builds the Windows setup. Run from a "Developer PowerShell" or plain PowerShell on Windows 10/11 x64 with
# Python 3.11+ (python.org installer) and Inno Setup 6.3+ (ISCC.exe) installed:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
# Output: build\installer\harbourlight-<version>-windows-x64-setup.exe
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
.venv\Scripts\python -m pip install -q --upgrade pip
.venv\Scripts\python -m pip install -q -e ".[test]"
.venv\Scripts\python -m harbourlight.i18n.catalogs compile | Out-Null
.venv\Scripts\python installer\make-icon.py build\installer\harbourlight.ico
if ($LASTEXITCODE) { throw "icon failed" }

.venv\Scripts\pyinstaller --noconfirm --log-level WARN --distpath build\installer\dist `
  --workpath build\installer\work installer\harbourlight.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# The console twin prints the self-test line; offscreen so it also works over a remote session.
$env:QT_QPA_PLATFORM = "offscreen"
build\installer\dist\harbourlight\harbourlight-cli.exe --self-test
if ($LASTEXITCODE) { throw "self-test failed" }
Remove-Item Env:\QT_QPA_PLATFORM

$version = .venv\Scripts\python -c "import harbourlight; print(harbourlight.__version__)"
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installer\windows\harbourlight.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
