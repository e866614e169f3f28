namespace PlanBot.Core.Localization;

/// <summary>
/// Every word PlanBot shows, in Vietnamese and English. Card templates read these as <c>${t.name}</c>,
/// so a card has one template for both languages.
/// </summary>
public sealed record Texts
{
    public required string Language { get; init; }
    public required string WelcomeTitle { get; init; }
    public required string WelcomeBody { get; init; }
    public required string WelcomeHint { get; init; }
    public required string HelpTitle { get; init; }
    public required string HelpIntro { get; init; }
    public required string HelpCommandsTitle { get; init; }
    public required string HelpPlanHint { get; init; }
    public required string CmdHelp { get; init; }
    public required string CmdPlans { get; init; }
    public required string CmdShow { get; init; }
    public required string CmdLang { get; init; }
    public required string CmdPaste { get; init; }
    public required string UnderstoodTitle { get; init; }
    public required string UnderstoodIntro { get; init; }
    public required string FieldTitle { get; init; }
    public required string FieldNumber { get; init; }
    public required string FieldIssuer { get; init; }
    public required string FieldIssued { get; init; }
    public required string FieldEventTime { get; init; }
    public required string FieldVenue { get; init; }
    public required string FieldParticipants { get; init; }
    public required string FieldTasks { get; init; }
    public required string FieldRecipients { get; init; }
    public required string FieldSigner { get; init; }
    public required string FieldEventDate { get; init; }
    public required string FieldStartTime { get; init; }
    public required string Tentative { get; init; }
    public required string NotStated { get; init; }
    public required string Due { get; init; }
    public required string EditHint { get; init; }
    public required string Save { get; init; }
    public required string Cancel { get; init; }
    public required string Show { get; init; }
    public required string OverviewProgress { get; init; }
    public required string OverviewUpdated { get; init; }
    public required string StatusNotStarted { get; init; }
    public required string StatusInProgress { get; init; }
    public required string StatusDone { get; init; }
    public required string StatusBlocked { get; init; }
    public required string PlanListTitle { get; init; }
    public required string PlanListEmpty { get; init; }
    public required string PlanSaved { get; init; }
    public required string PlanCancelled { get; init; }
    public required string DraftGone { get; init; }
    public required string DraftNotYours { get; init; }
    public required string CardInvalid { get; init; }
    public required string ReadingPlan { get; init; }
    public required string PlanNotFound { get; init; }
    public required string NotUnderstood { get; init; }
    public required string NotAPlan { get; init; }
    public required string NotAPlanExpect { get; init; }
    public required string ProblemEmpty { get; init; }
    public required string ProblemTooLarge { get; init; }
    public required string ProblemNotText { get; init; }
    public required string ProblemUnsupportedFile { get; init; }
    public required string ProblemDamagedDocument { get; init; }
    public required string ProblemMissingTitle { get; init; }
    public required string ProblemMissingImplementationSection { get; init; }
    public required string ProblemMissingUnitTasks { get; init; }
    public required string FileOnlyPersonal { get; init; }
    public required string FileDownloadFailed { get; init; }
    public required string BadDate { get; init; }
    public required string BadTime { get; init; }
    public required string LanguageSet { get; init; }
    public required string SomethingFailed { get; init; }
    public required string StorageUnavailable { get; init; }

    public required string StatusCardTitle { get; init; }
    public required string StatusPeople { get; init; }
    public required string StatusPercent { get; init; }
    public required string StatusNote { get; init; }
    public required string StatusSend { get; init; }
    public required string StatusRecorded { get; init; }
    public required string StatusSaved { get; init; }
    public required string StatusNothingChanged { get; init; }
    public required string Overdue { get; init; }
    public required string NotAllowedUnit { get; init; }
    public required string AnswerForeignTask { get; init; }
    public required string AnswerBadStatus { get; init; }
    public required string AnswerBadPercent { get; init; }
    public required string AnswerNoteTooLong { get; init; }
    public required string AnswerEmpty { get; init; }
    public required string RequestStatusButton { get; init; }
    public required string AssignButton { get; init; }
    public required string AssignTitle { get; init; }
    public required string AssignIntro { get; init; }
    public required string AssignResponsible { get; init; }
    public required string AssignDeputies { get; init; }
    public required string AssignEmails { get; init; }
    public required string AssignSave { get; init; }
    public required string Nobody { get; init; }
    public required string AssignSaved { get; init; }
    public required string AssignUnknownEmails { get; init; }
    public required string OnlyOrganizer { get; init; }
    public required string RequestSent { get; init; }
    public required string RequestNoOne { get; init; }
    public required string RequestMissingUnits { get; init; }
    public required string BatchSummary { get; init; }
    public required string BatchFailures { get; init; }
    public required string MyTasksNone { get; init; }
    public required string MyTasksTitle { get; init; }
    public required string MyTasksOpenCount { get; init; }
    public required string MyTasksNextDue { get; init; }
    public required string MyTasksOverdue { get; init; }
    public required string MyTasksMore { get; init; }
    public required string MyTasksAnswer { get; init; }
    public required string NoPlanHere { get; init; }
    public required string CmdAssign { get; init; }
    public required string CmdRequest { get; init; }
    public required string CmdMyTasks { get; init; }
    public required string RecipientUnknown { get; init; }
    public required string PeopleLabel { get; init; }
    public required string FieldStatus { get; init; }
    public required string ReminderDueSoon { get; init; }
    public required string ReminderDueToday { get; init; }
    public required string ReminderOverdue { get; init; }
    public required string EscalationTitle { get; init; }
    public required string EscalationIntro { get; init; }
    public required string RemindersPaused { get; init; }
    public required string RemindersResumed { get; init; }
    public required string RemindersChanged { get; init; }
    public required string RemindersBadSchedule { get; init; }
    public required string ReminderSentNow { get; init; }
    public required string NoSuchUnitNumber { get; init; }
    public required string CmdReminders { get; init; }
    public required string CsvUnit { get; init; }
    public required string CsvTask { get; init; }
    public required string CsvUpdatedAt { get; init; }
    public required string CsvUpdatedBy { get; init; }
    public required string ReportTitle { get; init; }
    public required string ReportDownload { get; init; }
    public required string ReportTasks { get; init; }
    public required string ReportDone { get; init; }
    public required string ReportInProgress { get; init; }
    public required string ReportBlocked { get; init; }
    public required string ReportOverdue { get; init; }
    public required string ReportLastUpdate { get; init; }
    public required string ReportNever { get; init; }
    public required string ReportLinkNote { get; init; }
    public required string CmdReport { get; init; }
    // — plan page —
    public required string PageTitle { get; init; }
    public required string PageLinkInvalid { get; init; }
    public required string PageLinkExpired { get; init; }
    public required string PageNotFound { get; init; }
    public required string PageAskAgain { get; init; }
    public required string MeetingExtra { get; init; }
    public required string MeetingFailedPermission { get; init; }
    public required string MeetingFailedMailbox { get; init; }
    public required string MeetingFailedUnavailable { get; init; }

    public required string MeetingTimeTitle { get; init; }
    public required string MeetingTimeIntro { get; init; }
    public required string MeetingDate { get; init; }
    public required string MeetingStart { get; init; }
    public required string MeetingHours { get; init; }
    public required string MeetingSeats { get; init; }
    public required string MeetingContinue { get; init; }
    public required string ProposalTitle { get; init; }
    public required string ProposalRoom { get; init; }
    public required string ProposalTime { get; init; }
    public required string ProposalSeats { get; init; }
    public required string ProposalFree { get; init; }
    public required string ProposalBusy { get; init; }
    public required string ProposalSmall { get; init; }
    public required string ProposalNoRoom { get; init; }
    public required string ProposalConfirm { get; init; }
    public required string ProposalAlternatives { get; init; }
    public required string ProposalPick { get; init; }
    public required string MeetingBooked { get; init; }
    public required string MeetingTitle { get; init; }
    public required string MeetingResponses { get; init; }
    public required string MeetingRoomAnswer { get; init; }
    public required string MeetingCancel { get; init; }
    public required string MeetingCancelled { get; init; }
    public required string MeetingNone { get; init; }
    public required string MeetingRoomBusyNow { get; init; }
    public required string MeetingBadInput { get; init; }
    public required string InvitationTitle { get; init; }
    public required string InvitationOrganizer { get; init; }
    public required string InvitationAccept { get; init; }
    public required string InvitationTentative { get; init; }
    public required string InvitationDecline { get; init; }
    public required string InvitationAnswered { get; init; }
    public required string InvitationCancelled { get; init; }
    public required string InvitationNotYours { get; init; }
    public required string ResponseNone { get; init; }
    public required string CmdBook { get; init; }
    public required string CmdMeeting { get; init; }




    public static Texts For(Language language) => language == Localization.Language.En ? En : Vi;

    public string Status(Plans.WorkStatus status) => status switch
    {
        Plans.WorkStatus.InProgress => StatusInProgress,
        Plans.WorkStatus.Done => StatusDone,
        Plans.WorkStatus.Blocked => StatusBlocked,
        _ => StatusNotStarted,
    };

    public static readonly Texts Vi = new()
    {
        Language = "vi",
        WelcomeTitle = "Xin chào, tôi là PlanBot",
        WelcomeBody = "Tôi giúp cơ quan theo dõi kế hoạch ngay trong Teams: gửi cho tôi văn bản kế hoạch, tôi tách ra nhiệm vụ của từng đơn vị, đăng thẻ tổng quan và cập nhật tiến độ.",
        WelcomeHint = "Gõ **trợ giúp** để xem các lệnh, hoặc dán nội dung một kế hoạch vào đây.",
        HelpTitle = "PlanBot – trợ giúp",
        HelpIntro = "PlanBot đọc kế hoạch bằng văn bản (dán nội dung, hoặc gửi tệp .txt, .docx trong trò chuyện riêng), cho bạn xem lại những gì đã hiểu, lưu kế hoạch và đăng thẻ tổng quan với nhiệm vụ của từng đơn vị.",
        HelpCommandsTitle = "Các lệnh",
        HelpPlanHint = "Một kế hoạch cần có tiêu đề \"KẾ HOẠCH …\" và phần \"TỔ CHỨC THỰC HIỆN\" nêu nhiệm vụ của các đơn vị.",
        CmdHelp = "Xem trợ giúp này",
        CmdPlans = "Danh sách các kế hoạch đã lưu",
        CmdShow = "Đăng lại thẻ tổng quan của kế hoạch số N",
        CmdLang = "Đổi ngôn ngữ (tiếng Việt / English)",
        CmdPaste = "Dán nội dung kế hoạch hoặc gửi tệp .txt/.docx để nhập kế hoạch",
        UnderstoodTitle = "PlanBot hiểu kế hoạch như sau",
        UnderstoodIntro = "Kiểm tra lại, sửa nếu cần rồi bấm Lưu.",
        FieldTitle = "Tiêu đề",
        FieldNumber = "Số",
        FieldIssuer = "Cơ quan ban hành",
        FieldIssued = "Nơi, ngày ban hành",
        FieldEventTime = "Thời gian",
        FieldVenue = "Địa điểm",
        FieldParticipants = "Thành phần",
        FieldTasks = "Nhiệm vụ theo đơn vị",
        FieldRecipients = "Nơi nhận",
        FieldSigner = "Người ký",
        FieldEventDate = "Ngày diễn ra (dd/MM/yyyy)",
        FieldStartTime = "Giờ bắt đầu (HH:mm)",
        Tentative = "dự kiến",
        NotStated = "(không nêu)",
        Due = "Hạn",
        EditHint = "Sửa thông tin trước khi lưu",
        Save = "Lưu",
        Cancel = "Hủy",
        Show = "Xem",
        OverviewProgress = "Tiến độ chung",
        OverviewUpdated = "Cập nhật lúc",
        StatusNotStarted = "Chưa bắt đầu",
        StatusInProgress = "Đang thực hiện",
        StatusDone = "Hoàn thành",
        StatusBlocked = "Vướng mắc",
        PlanListTitle = "Các kế hoạch đã lưu",
        PlanListEmpty = "Chưa có kế hoạch nào. Hãy dán nội dung một kế hoạch vào đây.",
        PlanSaved = "Đã lưu kế hoạch số {0}. Thẻ tổng quan ở ngay bên dưới.",
        PlanCancelled = "Đã hủy, kế hoạch không được lưu.",
        DraftGone = "Bản nháp này không còn (đã lưu, đã hủy hoặc không thuộc cuộc trò chuyện này). Hãy gửi lại kế hoạch.",
        DraftNotYours = "Chỉ người đã gửi kế hoạch này mới lưu hoặc hủy được bản nháp.",
        CardInvalid = "Thẻ này không còn hợp lệ hoặc dữ liệu gửi lên không đúng; không có gì thay đổi.",
        ReadingPlan = "Đang đọc kế hoạch…",
        PlanNotFound = "Không tìm thấy kế hoạch số {0}. Gõ **danh sách** để xem các kế hoạch đã lưu.",
        NotUnderstood = "Tôi chưa hiểu \"{0}\". Gõ **trợ giúp** để xem các lệnh, hoặc dán nội dung một kế hoạch.",
        NotAPlan = "Nội dung này chưa phải là một kế hoạch PlanBot đọc được; chưa lưu gì:",
        NotAPlanExpect = "PlanBot cần: dòng tiêu đề \"KẾ HOẠCH\" kèm nội dung, và phần \"TỔ CHỨC THỰC HIỆN\" ghi rõ đơn vị nào làm việc gì (mỗi nhiệm vụ một dòng).",
        ProblemEmpty = "văn bản trống",
        ProblemTooLarge = "văn bản hoặc tệp quá lớn (tối đa 4 MB)",
        ProblemNotText = "tệp không phải là văn bản (UTF-8)",
        ProblemUnsupportedFile = "chỉ đọc được tệp .txt và .docx",
        ProblemDamagedDocument = "tệp .docx bị hỏng hoặc không đọc được",
        ProblemMissingTitle = "không có tiêu đề \"KẾ HOẠCH …\"",
        ProblemMissingImplementationSection = "không có phần \"TỔ CHỨC THỰC HIỆN\" (hoặc \"PHÂN CÔNG NHIỆM VỤ\")",
        ProblemMissingUnitTasks = "phần tổ chức thực hiện không nêu đơn vị nào với nhiệm vụ cụ thể",
        FileOnlyPersonal = "Tệp kế hoạch chỉ gửi được trong trò chuyện riêng với PlanBot. Ở đây, hãy dán nội dung kế hoạch.",
        FileDownloadFailed = "Không tải được tệp \"{0}\" từ Teams. Hãy gửi lại tệp hoặc dán nội dung.",
        BadDate = "Ngày \"{0}\" không hợp lệ; hãy nhập theo dạng dd/MM/yyyy, ví dụ 05/01/2023.",
        BadTime = "Giờ \"{0}\" không hợp lệ; hãy nhập theo dạng HH:mm, ví dụ 08:00.",
        LanguageSet = "Đã chuyển sang tiếng Việt.",
        SomethingFailed = "Xin lỗi, đã có lỗi khi xử lý yêu cầu. Không có gì bị mất; hãy thử lại sau ít phút.",
        StatusCardTitle = "Báo cáo tiến độ",
        StatusPeople = "Người phụ trách",
        StatusPercent = "% hoàn thành (0–100)",
        StatusNote = "Ghi chú (khó khăn, vướng mắc…)",
        StatusSend = "Gửi báo cáo",
        StatusRecorded = "Đã ghi nhận lúc {0} – {1}",
        StatusSaved = "Đã ghi nhận {0} thay đổi.",
        StatusNothingChanged = "Không có gì thay đổi.",
        Overdue = "quá hạn",
        NotAllowedUnit = "Bạn không được phân công cho đơn vị này; chỉ người được phân công hoặc người tổ chức kế hoạch mới cập nhật được. Không có gì thay đổi.",
        AnswerForeignTask = "Báo cáo có nhiệm vụ không thuộc đơn vị này. Không có gì thay đổi.",
        AnswerBadStatus = "Trạng thái phải là một trong: Chưa bắt đầu, Đang thực hiện, Hoàn thành, Vướng mắc. Không có gì thay đổi.",
        AnswerBadPercent = "Phần trăm hoàn thành phải là số từ 0 đến 100. Không có gì thay đổi.",
        AnswerNoteTooLong = "Ghi chú dài quá 1000 ký tự; hãy rút gọn. Không có gì thay đổi.",
        AnswerEmpty = "Báo cáo trống; hãy chọn trạng thái cho ít nhất một nhiệm vụ.",
        RequestStatusButton = "Yêu cầu báo cáo",
        AssignButton = "Phân công",
        AssignTitle = "Phân công người phụ trách",
        AssignIntro = "Chọn người phụ trách và người phối hợp cho từng đơn vị. Phân công được dùng lại cho mọi kế hoạch có đơn vị cùng tên.",
        AssignResponsible = "Phụ trách",
        AssignDeputies = "Phối hợp / thay thế",
        AssignEmails = "Hoặc email/UPN, cách nhau dấu phẩy",
        AssignSave = "Lưu phân công",
        Nobody = "Chưa có người phụ trách",
        AssignSaved = "Đã lưu phân công.",
        AssignUnknownEmails = "Chưa gặp những người này trong Teams nên chưa phân công được: {0}. Họ cần nhắn cho PlanBot một lần, hoặc chọn họ trong danh sách thành viên.",
        OnlyOrganizer = "Chỉ người tổ chức kế hoạch (người đã lưu kế hoạch) mới làm được việc này.",
        RequestSent = "Đang gửi thẻ báo cáo đến {0} người của {1} đơn vị. Tôi sẽ báo lại khi gửi xong.",
        RequestNoOne = "Chưa đơn vị nào được phân công người phụ trách. Gõ **phân công** để chọn người.",
        RequestMissingUnits = "Chưa có người phụ trách, chưa gửi được: {0}.",
        BatchSummary = "Đã gửi thẻ báo cáo \"{0}\" đến {1}/{2} người.",
        BatchFailures = "Không gửi được:",
        MyTasksNone = "Bạn không có việc nào đang mở.",
        MyTasksTitle = "Việc của tôi: {0} đơn vị còn việc đang mở",
        MyTasksOpenCount = "{0} việc chưa xong",
        MyTasksNextDue = "hạn gần nhất {0}",
        MyTasksOverdue = "có việc quá hạn",
        MyTasksMore = "Còn {0} đơn vị khác ở các kế hoạch cũ hơn.",
        MyTasksAnswer = "Báo cáo",
        NoPlanHere = "Chưa có kế hoạch nào ở cuộc trò chuyện này. Hãy dán một kế hoạch, hoặc ghi số kế hoạch, ví dụ **yêu cầu báo cáo 1**.",
        CmdAssign = "Chọn người phụ trách cho từng đơn vị của kế hoạch",
        CmdRequest = "Gửi thẻ báo cáo tiến độ đến người phụ trách các đơn vị",
        CmdMyTasks = "Xem và cập nhật các việc bạn đang phụ trách",
        RecipientUnknown = "người này chưa từng trò chuyện với PlanBot trong Teams",
        PeopleLabel = "Phụ trách",
        FieldStatus = "Trạng thái",
        MeetingExtra = "Mời thêm (email hoặc nhóm thư, cách nhau dấu phẩy)",
        MeetingFailedPermission = "Không đặt được: ứng dụng PlanBot chưa được cấp quyền lịch (Calendars.ReadWrite, Place.Read.All) cho hộp thư người tổ chức. Hãy nhờ quản trị Microsoft 365 cấp quyền.",
        MeetingFailedMailbox = "Không đặt được: không tìm thấy hộp thư người tổ chức hoặc phòng trong Microsoft 365. Hãy kiểm tra cấu hình PlanBot__Graph__OrganizerMailbox và danh sách phòng.",
        MeetingFailedUnavailable = "Không đặt được: Microsoft 365 đang quá tải hoặc không trả lời. Chưa có gì được đặt; hãy thử lại sau ít phút.",

        MeetingTimeTitle = "Thời gian cuộc họp",
        MeetingTimeIntro = "Kế hoạch chưa nêu rõ giờ (hoặc còn dự kiến). Chọn ngày, giờ bắt đầu, thời lượng và số người trước khi đặt phòng.",
        MeetingDate = "Ngày",
        MeetingStart = "Giờ bắt đầu",
        MeetingHours = "Thời lượng (giờ)",
        MeetingSeats = "Số người dự",
        MeetingContinue = "Tìm phòng",
        ProposalTitle = "Đặt phòng họp",
        ProposalRoom = "Phòng",
        ProposalTime = "Thời gian",
        ProposalSeats = "Số người",
        ProposalFree = "Phòng trống, đủ chỗ.",
        ProposalBusy = "Phòng đã có lịch vào giờ này.",
        ProposalSmall = "Phòng chỉ có {0} chỗ, không đủ cho {1} người.",
        ProposalNoRoom = "Không tìm thấy phòng \"{0}\" trong danh sách phòng. Chọn một phòng dưới đây.",
        ProposalConfirm = "Đặt phòng và gửi giấy mời",
        ProposalAlternatives = "Lựa chọn khác",
        ProposalPick = "Chọn",
        MeetingBooked = "Đã đặt phòng và gửi giấy mời",
        MeetingTitle = "Cuộc họp",
        MeetingResponses = "Trả lời của người dự",
        MeetingRoomAnswer = "Phòng",
        MeetingCancel = "Hủy cuộc họp",
        MeetingCancelled = "Đã hủy cuộc họp và báo cho người dự.",
        MeetingNone = "Kế hoạch này chưa có cuộc họp nào được đặt. Gõ **đặt phòng** để đặt.",
        MeetingRoomBusyNow = "Phòng vừa có người đặt vào giờ này; chọn lựa chọn khác.",
        MeetingBadInput = "Ngày, giờ, thời lượng hoặc số người không hợp lệ (ngày dd/MM/yyyy hoặc yyyy-MM-dd, giờ HH:mm, thời lượng 0,5–10 giờ, số người 1–2000).",
        InvitationTitle = "Giấy mời họp",
        InvitationOrganizer = "Người mời",
        InvitationAccept = "Đồng ý",
        InvitationTentative = "Có thể",
        InvitationDecline = "Từ chối",
        InvitationAnswered = "Bạn đã trả lời: {0}.",
        InvitationCancelled = "Cuộc họp này đã bị hủy.",
        InvitationNotYours = "Giấy mời này không gửi cho bạn; không có gì thay đổi.",
        ResponseNone = "Chưa trả lời",
        CmdBook = "Đặt phòng họp theo kế hoạch và gửi giấy mời",
        CmdMeeting = "Xem cuộc họp, trả lời của người dự; hủy cuộc họp",

        CsvUnit = "Đơn vị",
        CsvTask = "Nhiệm vụ",
        CsvUpdatedAt = "Cập nhật lúc",
        CsvUpdatedBy = "Người cập nhật",
        ReportTitle = "Báo cáo tiến độ kế hoạch",
        ReportDownload = "Tải về (Excel, CSV)",
        ReportTasks = "Nhiệm vụ",
        ReportDone = "Xong",
        ReportInProgress = "Đang làm",
        ReportBlocked = "Vướng",
        ReportOverdue = "Quá hạn",
        ReportLastUpdate = "Cập nhật gần nhất",
        ReportNever = "chưa báo cáo",
        ReportLinkNote = "Liên kết tải về có hiệu lực đến {0}.",
        CmdReport = "Báo cáo tổng hợp theo đơn vị và tệp Excel (CSV)",
        // — plan page —
        PageTitle = "Trang kế hoạch – PlanBot",
        PageLinkInvalid = "Liên kết này không đúng: có thể nó đã bị sửa hoặc chép thiếu. Trang kế hoạch không được mở.",
        PageLinkExpired = "Liên kết này đã hết hạn.",
        PageNotFound = "Không tìm thấy kế hoạch này (có thể nó đã bị xóa).",
        PageAskAgain = "Trong Teams, gõ \"xem N\" (N là số của kế hoạch) để PlanBot đăng lại thẻ tổng quan với liên kết mới.",

        ReminderDueSoon = "Nhắc việc: còn {0} ngày đến hạn.",
        ReminderDueToday = "Nhắc việc: hôm nay đến hạn.",
        ReminderOverdue = "Nhắc việc: đã quá hạn {0} ngày.",
        EscalationTitle = "Đơn vị chậm tiến độ",
        EscalationIntro = "Các nhiệm vụ sau đã quá hạn mà chưa hoàn thành:",
        RemindersPaused = "Đã tạm dừng nhắc việc cho kế hoạch số {0}.",
        RemindersResumed = "Đã bật lại nhắc việc cho kế hoạch số {0}.",
        RemindersChanged = "Nhắc việc của kế hoạch số {0}: trước hạn {1} ngày, lúc {2}, các ngày làm việc; hằng ngày khi quá hạn.",
        RemindersBadSchedule = "Lịch nhắc không hợp lệ. Ví dụ: **nhắc việc 3,0 lúc 08:00** (số ngày trước hạn, cách nhau dấu phẩy; giờ từ 07:00 đến 16:59).",
        ReminderSentNow = "Đã gửi nhắc việc cho {0} ({1} người).",
        NoSuchUnitNumber = "Không có đơn vị số {0}; các đơn vị được đánh số theo thứ tự trên thẻ tổng quan.",
        CmdReminders = "nhắc việc tắt/bật, nhắc việc 3,0 lúc 08:00, nhắc ngay N (đơn vị số N)",

        StorageUnavailable = "Cơ sở dữ liệu của PlanBot đang tạm thời không truy cập được. Không có gì bị lưu dở; hãy thử lại sau ít phút.",
    };

    public static readonly Texts En = new()
    {
        Language = "en",
        WelcomeTitle = "Hello, I am PlanBot",
        WelcomeBody = "I help your office run its plans in Teams: send me a written plan, I split it into each unit's tasks, post an overview card and keep progress up to date.",
        WelcomeHint = "Type **help** to see the commands, or paste the text of a plan here.",
        HelpTitle = "PlanBot – help",
        HelpIntro = "PlanBot reads a written plan (pasted text, or a .txt or .docx file in a personal chat), shows you what it understood, saves the plan and posts an overview card with each unit's tasks.",
        HelpCommandsTitle = "Commands",
        HelpPlanHint = "A plan needs a \"KẾ HOẠCH …\" title and a \"TỔ CHỨC THỰC HIỆN\" (implementation) section that names each unit's tasks.",
        CmdHelp = "Show this help",
        CmdPlans = "List saved plans",
        CmdShow = "Post the overview card of plan N again",
        CmdLang = "Switch language (English / tiếng Việt)",
        CmdPaste = "Paste a plan or send a .txt/.docx file to import it",
        UnderstoodTitle = "Here is what PlanBot understood",
        UnderstoodIntro = "Check it, fix what is wrong, then press Save.",
        FieldTitle = "Title",
        FieldNumber = "Number",
        FieldIssuer = "Issued by",
        FieldIssued = "Place and date of issue",
        FieldEventTime = "Time",
        FieldVenue = "Venue",
        FieldParticipants = "Participants",
        FieldTasks = "Tasks by unit",
        FieldRecipients = "Recipients",
        FieldSigner = "Signed by",
        FieldEventDate = "Event date (dd/MM/yyyy)",
        FieldStartTime = "Start time (HH:mm)",
        Tentative = "tentative",
        NotStated = "(not stated)",
        Due = "Due",
        EditHint = "Fix details before saving",
        Save = "Save",
        Cancel = "Cancel",
        Show = "Show",
        OverviewProgress = "Overall progress",
        OverviewUpdated = "Updated at",
        StatusNotStarted = "Not started",
        StatusInProgress = "In progress",
        StatusDone = "Done",
        StatusBlocked = "Blocked",
        PlanListTitle = "Saved plans",
        PlanListEmpty = "No plans yet. Paste the text of a plan here.",
        PlanSaved = "Plan {0} saved. Its overview card is just below.",
        PlanCancelled = "Cancelled; the plan was not saved.",
        DraftGone = "This draft is no longer here (saved, cancelled, or not from this conversation). Please send the plan again.",
        DraftNotYours = "Only the person who sent this plan can save or cancel its draft.",
        CardInvalid = "This card is no longer valid or its data is wrong; nothing was changed.",
        ReadingPlan = "Reading the plan…",
        PlanNotFound = "There is no plan {0}. Type **plans** to list saved plans.",
        NotUnderstood = "I did not understand \"{0}\". Type **help** to see the commands, or paste the text of a plan.",
        NotAPlan = "This is not a plan PlanBot can read yet; nothing was saved:",
        NotAPlanExpect = "PlanBot needs a \"KẾ HOẠCH\" title line with its subject, and a \"TỔ CHỨC THỰC HIỆN\" section saying which unit does what (one task per line).",
        ProblemEmpty = "the text is empty",
        ProblemTooLarge = "the text or file is too large (4 MB at most)",
        ProblemNotText = "the file is not text (UTF-8)",
        ProblemUnsupportedFile = "only .txt and .docx files can be read",
        ProblemDamagedDocument = "the .docx file is damaged or cannot be read",
        ProblemMissingTitle = "no \"KẾ HOẠCH …\" title",
        ProblemMissingImplementationSection = "no \"TỔ CHỨC THỰC HIỆN\" (implementation) section",
        ProblemMissingUnitTasks = "the implementation section names no unit with a task",
        FileOnlyPersonal = "Plan files can only be sent in a personal chat with PlanBot. Here, paste the plan's text.",
        FileDownloadFailed = "Could not download \"{0}\" from Teams. Send the file again or paste its text.",
        BadDate = "\"{0}\" is not a valid date; use dd/MM/yyyy, for example 05/01/2023.",
        BadTime = "\"{0}\" is not a valid time; use HH:mm, for example 08:00.",
        LanguageSet = "Switched to English.",
        SomethingFailed = "Sorry, something went wrong while handling that. Nothing was lost; please try again in a few minutes.",
        StatusCardTitle = "Status report",
        StatusPeople = "Responsible",
        StatusPercent = "% done (0–100)",
        StatusNote = "Note (difficulties, blockers…)",
        StatusSend = "Send report",
        StatusRecorded = "Recorded at {0} – {1}",
        StatusSaved = "Recorded {0} change(s).",
        StatusNothingChanged = "Nothing changed.",
        Overdue = "overdue",
        NotAllowedUnit = "You are not assigned to this unit; only its assigned people or the plan's organizer can update it. Nothing was changed.",
        AnswerForeignTask = "The report names a task that is not this unit's; nothing was changed.",
        AnswerBadStatus = "The status must be one of: Not started, In progress, Done, Blocked. Nothing was changed.",
        AnswerBadPercent = "Percent done must be a number from 0 to 100. Nothing was changed.",
        AnswerNoteTooLong = "The note is longer than 1000 characters; please shorten it. Nothing was changed.",
        AnswerEmpty = "The report is empty; choose a status for at least one task.",
        RequestStatusButton = "Request status",
        AssignButton = "Assign",
        AssignTitle = "Assign people to units",
        AssignIntro = "Choose the responsible person and deputies of each unit. Assignments are reused for every plan with a unit of the same name.",
        AssignResponsible = "Responsible",
        AssignDeputies = "Deputies",
        AssignEmails = "Or e-mail/UPN, comma separated",
        AssignSave = "Save assignments",
        Nobody = "Nobody assigned",
        AssignSaved = "Assignments saved.",
        AssignUnknownEmails = "PlanBot has not met these people in Teams yet, so they were not assigned: {0}. They need to message PlanBot once, or pick them from the member list.",
        OnlyOrganizer = "Only the plan's organizer (who saved the plan) can do this.",
        RequestSent = "Sending status cards to {0} people in {1} units. I will tell you when it is done.",
        RequestNoOne = "No unit has a responsible person yet. Type **assign** to choose people.",
        RequestMissingUnits = "No responsible person yet, not sent: {0}.",
        BatchSummary = "Status cards for \"{0}\" sent to {1}/{2} people.",
        BatchFailures = "Not sent:",
        MyTasksNone = "You have no open tasks.",
        MyTasksTitle = "My tasks: {0} units with open tasks",
        MyTasksOpenCount = "{0} open tasks",
        MyTasksNextDue = "next due {0}",
        MyTasksOverdue = "overdue tasks",
        MyTasksMore = "{0} more units in older plans.",
        MyTasksAnswer = "Report",
        NoPlanHere = "There is no plan in this conversation yet. Paste a plan, or give the plan number, e.g. **request status 1**.",
        CmdAssign = "Choose the responsible people of each unit of a plan",
        CmdRequest = "Send status cards to the people of every unit",
        CmdMyTasks = "See and update the tasks you answer for",
        RecipientUnknown = "this person has never talked to PlanBot in Teams",
        PeopleLabel = "Responsible",
        FieldStatus = "Status",
        MeetingExtra = "Also invite (e-mail addresses or groups, comma separated)",
        MeetingFailedPermission = "Not booked: PlanBot has no calendar permission (Calendars.ReadWrite, Place.Read.All) on the organizer mailbox. Ask your Microsoft 365 administrator to grant it.",
        MeetingFailedMailbox = "Not booked: the organizer mailbox or the room was not found in Microsoft 365. Check PlanBot__Graph__OrganizerMailbox and the room list.",
        MeetingFailedUnavailable = "Not booked: Microsoft 365 is busy or not answering. Nothing was booked; please try again in a few minutes.",

        MeetingTimeTitle = "Meeting time",
        MeetingTimeIntro = "The plan gives no exact time (or it is tentative). Choose the date, start, length and number of people before booking.",
        MeetingDate = "Date",
        MeetingStart = "Start",
        MeetingHours = "Length (hours)",
        MeetingSeats = "People",
        MeetingContinue = "Find a room",
        ProposalTitle = "Book a meeting room",
        ProposalRoom = "Room",
        ProposalTime = "Time",
        ProposalSeats = "People",
        ProposalFree = "The room is free and large enough.",
        ProposalBusy = "The room is booked at that time.",
        ProposalSmall = "The room has {0} seats, not enough for {1} people.",
        ProposalNoRoom = "No room called \"{0}\" is in the room list. Pick one below.",
        ProposalConfirm = "Book and send invitations",
        ProposalAlternatives = "Other options",
        ProposalPick = "Pick",
        MeetingBooked = "Room booked and invitations sent",
        MeetingTitle = "Meeting",
        MeetingResponses = "Attendees' answers",
        MeetingRoomAnswer = "Room",
        MeetingCancel = "Cancel meeting",
        MeetingCancelled = "Meeting cancelled; attendees were told.",
        MeetingNone = "No meeting is booked for this plan yet. Type **book room** to book one.",
        MeetingRoomBusyNow = "Someone just booked the room at that time; pick another option.",
        MeetingBadInput = "The date, time, length or number of people is not valid (date dd/MM/yyyy or yyyy-MM-dd, time HH:mm, length 0.5–10 hours, 1–2000 people).",
        InvitationTitle = "Meeting invitation",
        InvitationOrganizer = "Organizer",
        InvitationAccept = "Accept",
        InvitationTentative = "Tentative",
        InvitationDecline = "Decline",
        InvitationAnswered = "You answered: {0}.",
        InvitationCancelled = "This meeting was cancelled.",
        InvitationNotYours = "This invitation was not sent to you; nothing was changed.",
        ResponseNone = "No answer yet",
        CmdBook = "Book the plan's meeting room and send invitations",
        CmdMeeting = "See the meeting and answers; cancel it",

        CsvUnit = "Unit",
        CsvTask = "Task",
        CsvUpdatedAt = "Updated at",
        CsvUpdatedBy = "Updated by",
        ReportTitle = "Plan progress report",
        ReportDownload = "Download (Excel, CSV)",
        ReportTasks = "Tasks",
        ReportDone = "Done",
        ReportInProgress = "In progress",
        ReportBlocked = "Blocked",
        ReportOverdue = "Overdue",
        ReportLastUpdate = "Last update",
        ReportNever = "no report yet",
        ReportLinkNote = "The download link works until {0}.",
        CmdReport = "Summary by unit and an Excel (CSV) file",
        // — plan page —
        PageTitle = "Plan page – PlanBot",
        PageLinkInvalid = "This link is not valid: it may have been changed or copied incompletely. The plan page was not opened.",
        PageLinkExpired = "This link has expired.",
        PageNotFound = "This plan was not found (it may have been deleted).",
        PageAskAgain = "In Teams, type \"show N\" (N being the plan's number) and PlanBot posts the overview card again with a fresh link.",

        ReminderDueSoon = "Reminder: due in {0} days.",
        ReminderDueToday = "Reminder: due today.",
        ReminderOverdue = "Reminder: overdue by {0} days.",
        EscalationTitle = "Units behind schedule",
        EscalationIntro = "These tasks are past due and not done:",
        RemindersPaused = "Reminders paused for plan {0}.",
        RemindersResumed = "Reminders resumed for plan {0}.",
        RemindersChanged = "Reminders of plan {0}: {1} days before due, at {2}, on working days; daily while overdue.",
        RemindersBadSchedule = "That schedule is not valid. Example: **reminders 3,0 at 08:00** (days before due, comma separated; a time from 07:00 to 16:59).",
        ReminderSentNow = "Reminder sent to {0} ({1} people).",
        NoSuchUnitNumber = "There is no unit {0}; units are numbered in the order of the overview card.",
        CmdReminders = "reminders off/on, reminders 3,0 at 08:00, remind now N (unit N)",

        StorageUnavailable = "PlanBot's database is unreachable for the moment. Nothing was half-saved; please try again in a few minutes.",
    };

    public string Response(Meetings.AttendeeResponse response) => response switch
    {
        Meetings.AttendeeResponse.Accepted => InvitationAccept,
        Meetings.AttendeeResponse.Tentative => InvitationTentative,
        Meetings.AttendeeResponse.Declined => InvitationDecline,
        _ => ResponseNone,
    };

    public string Answer(Core.Status.AnswerProblem problem) => problem switch
    {
        Core.Status.AnswerProblem.ForeignTask => AnswerForeignTask,
        Core.Status.AnswerProblem.BadStatus => AnswerBadStatus,
        Core.Status.AnswerProblem.BadPercent => AnswerBadPercent,
        Core.Status.AnswerProblem.NoteTooLong => AnswerNoteTooLong,
        _ => AnswerEmpty,
    };

    public string Problem(Import.ImportProblem problem) => problem switch
    {
        Import.ImportProblem.Empty => ProblemEmpty,
        Import.ImportProblem.TooLarge => ProblemTooLarge,
        Import.ImportProblem.NotText => ProblemNotText,
        Import.ImportProblem.UnsupportedFile => ProblemUnsupportedFile,
        Import.ImportProblem.DamagedDocument => ProblemDamagedDocument,
        Import.ImportProblem.MissingTitle => ProblemMissingTitle,
        Import.ImportProblem.MissingImplementationSection => ProblemMissingImplementationSection,
        _ => ProblemMissingUnitTasks,
    };
}
