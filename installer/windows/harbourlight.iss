; Inno Setup 6.3+ script for Harbourlight on Windows (x64). Built by installer/windows/build.ps1, which passes
; /DAppVersion=... and expects the PyInstaller bundle in build\installer\dist\harbourlight.
;
; Install for the current user (default, no administrator rights) or for all users of the PC:
;   harbourlight-<version>-windows-x64-setup.exe                         asks (per-user preselected)
;   ... /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER             silent, this user only
;   ... /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS                silent, all users (run as administrator)
;   ... /VERYSILENT /ALLUSERS /POLICY="\\server\share\policy.yaml"       and install a school policy file
;   ... /LOG="C:\Windows\Temp\harbourlight-setup.log"                     a log for deployment tools
; Uninstall silently: "%ProgramFiles%\Harbourlight\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
; The policy file lives at %ProgramData%\Harbourlight\policy.yaml (platformdirs' site_config_dir, which the app
; reads); uninstalling leaves it, since it belongs to the school's IT, not to this package.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Harbourlight"
#define AppExe "harbourlight.exe"
#define Root "..\.."

[Setup]
; Never change AppId: Windows uses it to find an installed copy to upgrade or uninstall.
AppId={{6F1D7C2E-4B8A-4E5F-9C3D-2A7B8E1F4C60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Harbourlight project
AppComments=Offline lessons for children and young people about online safety and getting help
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; /ALLUSERS or the dialog switches to an all-users install in Program Files.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\build\installer
OutputBaseFilename=harbourlight-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\installer\harbourlight.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\build\installer\dist\harbourlight\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; A school policy given with /POLICY=path is copied to %ProgramData%\Harbourlight\policy.yaml (all-users only).
Source: "{param:POLICY}"; DestDir: "{commonappdata}\Harbourlight"; DestName: "policy.yaml"; \
  Flags: external skipifsourcedoesntexist uninsneveruninstall; Check: PolicyGiven

[Dirs]
; The folder exists on all-users installs, so IT knows where the policy goes even without /POLICY.
Name: "{commonappdata}\Harbourlight"; Flags: uninsneveruninstall; Check: IsAdminInstallMode

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Lessons about staying safe online"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function PolicyGiven: Boolean;
begin
  { Only an all-users install may write the machine-wide policy; a per-user install ignores /POLICY. }
  Result := IsAdminInstallMode and (ExpandConstant('{param:POLICY|}') <> '');
end;
