; Inno Setup script for wijkinfo (Inno Setup 6). Built by .github/workflows/windows.yml on a
; Windows runner from the PyInstaller bundle in dist\wijkinfo:
;   iscc /DAppVersion=0.1.0 installer\windows\wijkinfo.iss
; Per user, without administrator rights; the data folder (%LOCALAPPDATA%\wijkinfo) is the
; user's and is neither touched by an upgrade nor removed by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1B7C2E-3A1D-4C8E-9B5F-2D7E1A9C4B10}
AppName=wijkinfo
AppVersion={#AppVersion}
AppPublisher=wijkinfo
DefaultDirName={localappdata}\Programs\wijkinfo
DefaultGroupName=wijkinfo
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=wijkinfo-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\wijkinfo.ico
UninstallDisplayIcon={app}\wijkinfo.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; An upgrade closes a running wijkinfo and installs over the old program files.
CloseApplications=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle; old files of a previous version are replaced.
Source: "..\..\dist\wijkinfo\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Program files of an older version that the new one no longer has. Never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\wijkinfo"; Filename: "{app}\wijkinfo.exe"
Name: "{userdesktop}\wijkinfo"; Filename: "{app}\wijkinfo.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\wijkinfo.exe"; Description: "{cm:LaunchProgram,wijkinfo}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data: %LOCALAPPDATA%\wijkinfo (sociale kaart, signals, backups,
; log) stays when wijkinfo is removed, so a reinstall finds everything again.
