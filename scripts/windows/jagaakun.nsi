; jagaakun's installer for Windows (NSIS 3, makensis on Debian).
; build.sh passes VERSION, BUNDLE (the bundle folder) and OUTFILE.
;
; Per machine: the program in "C:\Program Files\jagaakun", the site
; settings example in "C:\ProgramData\jagaakun", a Start-menu entry that
; opens the checklist in a console window, one for a command prompt
; where jagaakun can be typed (IT officers: collect), and an uninstaller.
;
; Silent install:  jagaakun-setup.exe /S [/SITE=\\server\share\site.cfg] [/D=C:\Apps\jagaakun]
;   /SITE= copies that file to C:\ProgramData\jagaakun\site.cfg (an
;   existing site.cfg is kept unless /SITE= is given); /D= must come last.
; Silent uninstall: "C:\Program Files\jagaakun\uninstall.exe" /S

; A 64-bit installer for a 64-bit program (it also runs under wine64 alone).
Target amd64-unicode
SetCompressor /SOLID lzma
!include "x64.nsh"
!include "FileFunc.nsh"

!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\jagaakun"

Name "jagaakun ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\jagaakun"
RequestExecutionLevel admin
ShowInstDetails show

Page directory
Page instfiles
UninstPage uninstConfirm
UninstPage instfiles

Function .onInit
	SetShellVarContext all
	SetRegView 64
	${IfNot} ${RunningX64}
		MessageBox MB_ICONSTOP "jagaakun needs 64-bit Windows." /SD IDOK
		Abort
	${EndIf}
FunctionEnd

Section "jagaakun"
	SetOutPath "$INSTDIR"
	File "${BUNDLE}\jagaakun.exe"
	File "${BUNDLE}\README.txt"
	File /r "${BUNDLE}\content"
	File /r "${BUNDLE}\locale"

	; The site settings: the example always, site.cfg from /SITE=.
	CreateDirectory "$APPDATA\jagaakun"
	SetOutPath "$APPDATA\jagaakun"
	File "${BUNDLE}\site.cfg.example"
	${GetParameters} $R0
	ClearErrors
	${GetOptions} $R0 "/SITE=" $R1
	${IfNot} ${Errors}
		CopyFiles /SILENT "$R1" "$APPDATA\jagaakun\site.cfg"
		${If} ${Errors}
			DetailPrint "Cannot copy the site settings from $R1"
			SetErrorLevel 2
		${EndIf}
	${EndIf}

	SetOutPath "$INSTDIR"
	CreateShortCut "$SMPROGRAMS\jagaakun.lnk" "$INSTDIR\jagaakun.exe" "" \
		"$INSTDIR\jagaakun.exe" 0 SW_SHOWNORMAL "" "jagaakun: secure your accounts"
	CreateShortCut "$SMPROGRAMS\jagaakun command prompt.lnk" "$SYSDIR\cmd.exe" \
		'/k "set PATH=$INSTDIR;%PATH%&& cd /d %USERPROFILE% && jagaakun --help"'

	WriteUninstaller "$INSTDIR\uninstall.exe"
	WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "jagaakun"
	WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
	WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "jagaakun"
	WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
	WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
	WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
	WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
	WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
	${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
	WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Function un.onInit
	SetShellVarContext all
	SetRegView 64
FunctionEnd

Section "Uninstall"
	Delete "$SMPROGRAMS\jagaakun.lnk"
	Delete "$SMPROGRAMS\jagaakun command prompt.lnk"
	Delete "$INSTDIR\jagaakun.exe"
	Delete "$INSTDIR\README.txt"
	RMDir /r "$INSTDIR\content"
	RMDir /r "$INSTDIR\locale"
	Delete "$INSTDIR\uninstall.exe"
	RMDir "$INSTDIR"
	; The agency's site.cfg stays; the officials' records (in each
	; user's %LOCALAPPDATA%\jagaakun) and reports are theirs.
	Delete "$APPDATA\jagaakun\site.cfg.example"
	RMDir "$APPDATA\jagaakun"
	DeleteRegKey HKLM "${UNINST_KEY}"
SectionEnd
