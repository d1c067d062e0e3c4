; Inno Setup script: a Windows installer for the one-folder bundle in dist\crmnote.
;
;   powershell -File packaging\windows\build.ps1     (builds the bundle, then this)
;   ISCC /DAppVersion=X.Y.Z packaging\windows\crmnote.iss
;
; The version is not written here: build.ps1 reads it from crmnote/__init__.py (the single
; source) and passes it with /DAppVersion. Needs Inno Setup 6.3 or newer (x64compatible).
;
; Per-user: installs into %LOCALAPPDATA%\Programs\crmnote without administrator rights, with a
; Start menu entry and an uninstaller (Settings > Apps). The database and its backups live in
; %LOCALAPPDATA%\crmnote, outside the program's folder: upgrading or uninstalling never
; touches them. No file type is registered: crmnote's backups are plain .sqlite3 files that the
; app restores from (Restore from backup…), not documents to open.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z crmnote.iss (build.ps1 does)
#endif
#define AppName "crmnote"
#define AppExe "crmnote.exe"
#define Root "..\.."

[Setup]
; Identifies the installation across versions: a newer installer upgrades it in place.
AppId=io.github.crmnote.crmnote
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The crmnote developers
AppPublisherURL=https://github.com/crmnote/crmnote
AppSupportURL=https://github.com/crmnote/crmnote/issues
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#Root}\resources\icons\crmnote.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; Closes a running crmnote before replacing its files (it saves as it goes).
CloseApplications=yes
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
OutputDir={#Root}\dist
OutputBaseFilename=crmnote-{#AppVersion}-windows-x64-setup

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the libraries as a whole: none of the old version's files stay beside the
; new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\crmnote\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Root}\dist\crmnote\crmnote-cli.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Root}\dist\crmnote\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Customer relationship notebook"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
