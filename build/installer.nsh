; BienBan installer: Vietnamese for the strings of electron-builder's own pages and messages that it
; ships only in English (templates/nsis/messages.yml and assistedMessages.yml of app-builder-lib have
; no "vi" for them, so the Vietnamese installer would show them in English). NSIS's standard pages
; (welcome, folder, progress, finish) come from its own Vietnamese language file.
;
; electron-builder includes this file (nsis.include in electron-builder.yml) and inserts customHeader
; after the languages are loaded and after its own LangStrings, so these replace them. Setting a
; LangString a second time is warning 6030, which electron-builder's -WX would make an error: it is
; turned off for these lines only. 1066 is Vietnamese. test/unit/installer-strings.test.ts checks that
; every string electron-builder leaves in English is here.

!macro customHeader
  !pragma warning push
  !pragma warning disable 6030

  ; messages.yml
  LangString win7Required 1066 "Cần Windows 7 trở lên."
  LangString x64WinRequired 1066 "Cần Windows 64-bit."
  LangString appRunning 1066 "${PRODUCT_NAME} đang chạy.$\r$\nBấm OK để đóng chương trình.$\r$\nNếu chương trình không tự đóng, hãy đóng nó rồi thử lại."
  LangString appCannotBeClosed 1066 "Không đóng được ${PRODUCT_NAME}.$\r$\nHãy tự đóng chương trình rồi bấm Thử lại (Retry) để tiếp tục."
  LangString installing 1066 "Đang cài đặt, xin chờ trong giây lát..."
  LangString areYouSureToUninstall 1066 "Gỡ bỏ ${PRODUCT_NAME} khỏi máy này?$\r$\nDữ liệu hồ sơ và các bản sao lưu vẫn được giữ lại."
  LangString decompressionFailed 1066 "Không giải nén được các tệp cài đặt. Hãy chạy lại trình cài đặt."
  LangString uninstallFailed 1066 "Không gỡ được các tệp của phiên bản cũ. Hãy chạy lại trình cài đặt."
  LangString appClosing 1066 "Đang đóng ${PRODUCT_NAME}..."

  ; assistedMessages.yml (the page that asks for whom to install, and the uninstall choice)
  LangString chooseInstallationOptions 1066 "Chọn cách cài đặt"
  LangString chooseUninstallationOptions 1066 "Chọn cách gỡ bỏ"
  LangString whichInstallationShouldBeRemoved 1066 "Gỡ bỏ bản cài đặt nào?"
  LangString whoShouldThisApplicationBeInstalledFor 1066 "Cài đặt ứng dụng này cho ai?"
  LangString selectUserMode 1066 "Chọn cài đặt cho mọi người dùng máy tính này hay chỉ cho riêng bạn."
  LangString whichInstallationRemove 1066 "Ứng dụng này được cài cả cho mọi người dùng lẫn cho riêng bạn.$\r$\nBạn muốn gỡ bỏ bản cài đặt nào?"
  LangString freshInstallForAll 1066 "Cài mới cho mọi người dùng (sẽ hỏi mật khẩu quản trị)."
  LangString freshInstallForCurrent 1066 "Cài mới chỉ cho người dùng hiện tại."
  LangString onlyForMe 1066 "Chỉ cho &tôi"
  LangString forAll 1066 "Mọi người dùng máy tính này (&tất cả)"
  LangString loginWithAdminAccount 1066 "Cần đăng nhập bằng tài khoản thuộc nhóm quản trị (Administrators) để tiếp tục..."
  LangString perUserInstallExists 1066 "Đã có bản cài đặt cho riêng người dùng này."
  LangString perUserInstall 1066 "Có bản cài đặt cho riêng người dùng này."
  LangString perMachineInstallExists 1066 "Đã có bản cài đặt cho mọi người dùng."
  LangString perMachineInstall 1066 "Có bản cài đặt cho mọi người dùng."
  LangString reinstallUpgrade 1066 "Sẽ cài lại hoặc nâng cấp."
  LangString uninstall 1066 "Sẽ gỡ bỏ."

  !pragma warning pop
!macroend
