; Inno Setup 6 recipe: dist\desktop-ocr-<version>-setup.exe from the PyInstaller folder
; dist\desktop-ocr\ (build that first with packaging\desktop-ocr-windows.spec).
;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\desktop-ocr.iss
;
; Installs per machine (Program Files) or, when the user picks it / has no admin rights,
; per user; Start-menu entry, optional desktop icon, uninstaller in "Apps & features".
; The uninstaller removes the program only: the clerk's records, settings and logs live
; in the user profile (%LOCALAPPDATA%\desktop-ocr) and are kept.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Desktop OCR"
#define AppExe "desktop-ocr.exe"

[Setup]
; Never change AppId: upgrades and the uninstaller find the installation by it.
AppId={{FA0B4E6B-3807-421B-892C-2663F0493B3B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=desktop-ocr
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=desktop-ocr-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\desktop-ocr\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
