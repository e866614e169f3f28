using PlanBot.Core.Status;

namespace PlanBot.Core.Localization;

/// <summary>
/// Every word PlanBot shows, in Vietnamese and English. Card templates read these as <c>${t.name}</c>,
/// so a card has one template for both languages. A text with blanks is a typed function
/// (<c>PlanNotFound(planId)</c>), never a positional format string; a missing translation is a compile error.
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
    // — correcting units and tasks —
    public required string EditOpen { get; init; }
    public required string EditTitle { get; init; }
    public required string EditUnitPick { get; init; }
    public required string EditUnitName { get; init; }
    public required string EditTaskDue { get; init; }
    public required string EditPick { get; init; }
    public required string EditPickedAction { get; init; }
    public required string EditKeep { get; init; }
    public required string EditDelete { get; init; }
    public required Func<string, string> EditMoveTo { get; init; }
    public required string EditNewTask { get; init; }
    public required string EditNewDue { get; init; }
    public required string EditLines { get; init; }
    public required Func<int, string> EditLinesMore { get; init; }
    public required string EditSave { get; init; }
    public required string EditOpenUnit { get; init; }
    public required string EditNextPage { get; init; }
    public required string EditDone { get; init; }
    public required Func<int, string> EditSaved { get; init; }
    public required string EditNothing { get; init; }
    public required Func<int, int, int, string> EditPage { get; init; }
    public required string EditStale { get; init; }
    public required string EditNoTarget { get; init; }
    public required Func<string, string> EditBadDate { get; init; }
    public required string EditNoUnits { get; init; }
    public required string CmdEdit { get; init; }
    public required string Save { get; init; }
    public required string Cancel { get; init; }
    public required string Show { get; init; }
    public required string OverviewProgress { get; init; }
    public required string ProgressTasksDone { get; init; }
    public required string ProgressAverage { get; init; }
    public required string OverviewUpdated { get; init; }
    // — card sizes: large plans, paging, the size budget —
    public required string OverviewUrgentTitle { get; init; }
    public required string OverviewUnitsTitle { get; init; }
    public required string OverviewPageLink { get; init; }
    public required string BackToOverview { get; init; }
    public required string PagePrevious { get; init; }
    public required string PageNext { get; init; }
    public required string PageSaveHint { get; init; }
    public required string NotUnderstoodTitle { get; init; }
    public required string NotUnderstoodHint { get; init; }
    public required string UnderstoodExpandHint { get; init; }
    public required string UnderstoodOtherUnits { get; init; }
    public required string Recurring { get; init; }
    public required string Coordinating { get; init; }
    public required string PlanListTitle { get; init; }
    public required string PlanListEmpty { get; init; }
    public required Func<int, string> PlanSaved { get; init; }
    public required Func<int, string> OverviewSuperseded { get; init; }
    public required Func<int, int, string> AssignSaved { get; init; }
    public required Func<string, string, int, string> MeetingBookedSaid { get; init; }
    public required string PlanCancelled { get; init; }
    public required string DraftGone { get; init; }
    public required string DraftNotYours { get; init; }
    public required string CardInvalid { get; init; }
    public required Func<int, string> PlanNotFound { get; init; }
    public required Func<string, string> NotUnderstood { get; init; }
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
    // — import (text parsing) —
    public required string ProblemNoPlanMarkers { get; init; }
    public required string FileOnlyPersonal { get; init; }
    public required Func<string, string> FileDownloadFailed { get; init; }
    public required Func<string?, string> BadDate { get; init; }
    public required Func<string?, string> BadTime { get; init; }
    // — file formats —
    public required string ProblemScannedPdf { get; init; }
    public required string ProblemUnreadablePdf { get; init; }
    public required string ProblemOldWordFormat { get; init; }
    public required string LanguageSet { get; init; }
    public required string SomethingFailed { get; init; }
    public required string StorageUnavailable { get; init; }

    public required string StatusCardTitle { get; init; }
    public required string StatusPeople { get; init; }
    public required string StatusPercent { get; init; }
    public required string StatusNote { get; init; }
    public required string StatusSend { get; init; }
    public required Func<string, string?, string> StatusRecorded { get; init; }
    public required Func<int, string> StatusSaved { get; init; }
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
    public required Func<string, string> AssignUnknownEmails { get; init; }
    public required string OnlyOrganizer { get; init; }
    public required Func<int, int, string> RequestSent { get; init; }
    public required string RequestNoOne { get; init; }
    public required Func<string, string> RequestMissingUnits { get; init; }
    public required Func<string, int, int, string> BatchSummary { get; init; }
    public required string BatchFailures { get; init; }
    public required string MyTasksNone { get; init; }
    public required Func<int, string> MyTasksTitle { get; init; }
    public required Func<int, string> MyTasksOpenCount { get; init; }
    public required Func<string, string> MyTasksNextDue { get; init; }
    public required string MyTasksOverdue { get; init; }
    public required Func<int, string> MyTasksMore { get; init; }
    public required string MyTasksAnswer { get; init; }
    public required string NoPlanHere { get; init; }
    public required string CmdAssign { get; init; }
    public required string CmdRequest { get; init; }
    public required string CmdMyTasks { get; init; }
    public required string RecipientUnknown { get; init; }
    public required string SendFailedBlocked { get; init; }
    public required string SendFailedConversationGone { get; init; }
    public required string SendFailedRemoved { get; init; }
    public required string SendFailedUndeliverable { get; init; }
    public required string PeopleLabel { get; init; }
    public required string FieldStatus { get; init; }
    public required Func<int, string> ReminderDueSoon { get; init; }
    public required string ReminderDueToday { get; init; }
    public required Func<int, string> ReminderOverdue { get; init; }
    public required string EscalationTitle { get; init; }
    public required string EscalationIntro { get; init; }
    public required Func<int, string> RemindersPaused { get; init; }
    public required Func<int, string> RemindersResumed { get; init; }
    public required Func<int, string, string, string> RemindersChanged { get; init; }
    public required string RemindersBadSchedule { get; init; }
    public required Func<string, int, string> ReminderSentNow { get; init; }
    public required Func<int?, string> NoSuchUnitNumber { get; init; }
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
    public required Func<string, string> ReportLinkNote { get; init; }
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
    public required Func<int, int, string> ProposalSmall { get; init; }
    public required Func<string, string> ProposalNoRoom { get; init; }
    public required string ProposalConfirm { get; init; }
    public required string ProposalAlternatives { get; init; }
    public required string ProposalPick { get; init; }
    public required string MeetingBooked { get; init; }
    public required string MeetingTitle { get; init; }
    public required string MeetingResponses { get; init; }
    public required Func<int, string> MeetingMoreAttendees { get; init; }
    public required string MeetingCancel { get; init; }
    public required string MeetingCancelled { get; init; }
    public required string MeetingNone { get; init; }
    public required string MeetingRoomBusyNow { get; init; }
    public required string MeetingBadInput { get; init; }
    // — refusing mistaken input (issue 12) —
    public required string MeetingFailedSignIn { get; init; }
    /// <summary>A start that has passed; the blank is now, "HH:mm dd/MM/yyyy".</summary>
    public required Func<string, string> MeetingStartPassed { get; init; }
    /// <summary>The proposal's status when several rooms match the plan's venue equally; the blank is the venue.</summary>
    public required Func<string, string> ProposalAmbiguous { get; init; }
    public required string InvitationTitle { get; init; }
    public required string InvitationOrganizer { get; init; }
    public required string InvitationAccept { get; init; }
    public required string InvitationTentative { get; init; }
    public required string InvitationDecline { get; init; }
    public required Func<string, string> InvitationAnswered { get; init; }
    public required string InvitationCancelled { get; init; }
    public required string InvitationNotYours { get; init; }
    public required string ResponseNone { get; init; }
    public required string CmdBook { get; init; }
    public required string CmdMeeting { get; init; }




    // — card sizes: lines with blanks (one method per line, both languages) —
    private bool IsVi => Language == "vi";

    public string PageOf(int page, int pages) => IsVi
        ? $"Trang {page}/{pages}"
        : $"Page {page}/{pages}";

    public string UnitsOnPage(int first, int last, int total) => IsVi
        ? $"Đơn vị {first}–{last} / {total}"
        : $"Units {first}–{last} of {total}";

    public string TasksOnPage(int first, int last, int total) => IsVi
        ? $"Nhiệm vụ {first}–{last} / {total}"
        : $"Tasks {first}–{last} of {total}";

    public string PlanCounts(int tasks, int units) => IsVi
        ? $"{tasks} nhiệm vụ, {units} đơn vị"
        : $"{tasks} tasks, {units} units";

    public string TaskCount(int n) => IsVi
        ? $"{n} nhiệm vụ"
        : n == 1 ? "1 task" : $"{n} tasks";

    public string OverdueCount(int n) => IsVi
        ? $"{n} quá hạn"
        : $"{n} overdue";

    public string BlockedCount(int n) => IsVi
        ? $"{n} vướng mắc"
        : $"{n} blocked";

    public string MoreTasks(int n) => IsVi
        ? $"… và {n} nhiệm vụ khác"
        : n == 1 ? "… and 1 more task" : $"… and {n} more tasks";

    public string MoreLines(int n) => IsVi
        ? $"… và {n} dòng khác"
        : n == 1 ? "… and 1 more line" : $"… and {n} more lines";

    public string MoreUnits(int n) => IsVi
        ? $"… và {n} đơn vị khác"
        : n == 1 ? "… and 1 more unit" : $"… and {n} more units";

    public string MoreUnitsOnPlanPage(int n) => IsVi
        ? $"… và {n} đơn vị khác: sau khi lưu, trang kế hoạch có đủ mọi đơn vị."
        : n == 1 ? "… and 1 more unit: once saved, the plan page lists every unit." : $"… and {n} more units: once saved, the plan page lists every unit.";

    public string MoreUnitsInExport(int n) => IsVi
        ? $"… và {n} đơn vị khác: xem đầy đủ trong tệp CSV."
        : $"… and {n} more: see them all in the CSV file.";

    public string MorePeopleByEmail(int n) => IsVi
        ? $"Danh sách chỉ có {n} người; nhập e-mail để phân công người khác."
        : $"The list holds {n} people; enter an e-mail address to assign someone else.";

    public string CoordinatingWith(string units) => IsVi
        ? $"Phối hợp: {units}"
        : $"Coordinating: {units}";

    public string LeadUnit(string unit) => IsVi
        ? $"Phối hợp · chủ trì: {unit}"
        : $"Coordinating · lead: {unit}";

    public string MessageTooLarge(int kb) => IsVi
        ? $"PlanBot chưa gửi được thẻ này: thẻ lớn {kb} KB, vượt giới hạn của Teams. Lỗi đã được ghi lại để sửa; dữ liệu của bạn không bị mất."
        : $"PlanBot could not send this card: it is {kb} KB, over Teams' limit. The error has been logged to be fixed; none of your data is lost.";

    public static Texts For(Language language) => language == Localization.Language.En ? En : Vi;

    /// <summary>A status's word in this language, from the one catalogue of statuses.</summary>
    public string Status(Plans.WorkStatus status) => StatusCatalogue.Of(status).Word(Language);

    public static readonly Texts Vi = new()
    {
        Language = "vi",
        WelcomeTitle = "Xin chào, tôi là PlanBot",
        WelcomeBody = "Tôi giúp cơ quan theo dõi kế hoạch ngay trong Teams: gửi cho tôi văn bản kế hoạch, tôi tách ra nhiệm vụ của từng đơn vị, đăng thẻ tổng quan và cập nhật tiến độ.",
        WelcomeHint = "Gõ **trợ giúp** để xem các lệnh, hoặc dán nội dung một kế hoạch vào đây.",
        HelpTitle = "PlanBot – trợ giúp",
        HelpIntro = "PlanBot đọc kế hoạch bằng văn bản (dán nội dung, hoặc gửi tệp .txt, .docx, .pdf trong trò chuyện riêng), cho bạn xem lại những gì đã hiểu, lưu kế hoạch và đăng thẻ tổng quan với nhiệm vụ của từng đơn vị.",
        HelpCommandsTitle = "Các lệnh",
        HelpPlanHint =
            "Kế hoạch nhận ra qua tiêu đề \"KẾ HOẠCH …\" (hay trích yếu \"V/v …\"), thời gian, địa điểm hoặc thành phần; "
            + "nhiệm vụ của các đơn vị có thể thêm sau khi lưu.",
        CmdHelp = "Xem trợ giúp này",
        CmdPlans = "Danh sách các kế hoạch đã lưu",
        CmdShow = "Đăng lại thẻ tổng quan của kế hoạch số N",
        CmdLang = "Đổi ngôn ngữ (tiếng Việt / English)",
        CmdPaste = "Dán nội dung kế hoạch hoặc gửi tệp .txt/.docx/.pdf để nhập kế hoạch",
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
        // — correcting units and tasks —
        EditOpen = "Sửa đơn vị, nhiệm vụ",
        EditTitle = "Sửa đơn vị và nhiệm vụ",
        EditUnitPick = "Đơn vị",
        EditUnitName = "Tên đơn vị (trùng tên một đơn vị khác thì gộp hai đơn vị)",
        EditTaskDue = "Hạn",
        EditPick = "Chọn",
        EditPickedAction = "Với các nhiệm vụ đã chọn",
        EditKeep = "Giữ nguyên",
        EditDelete = "Xóa",
        EditMoveTo = unit => $"Chuyển sang: {unit}",
        EditNewTask = "Thêm nhiệm vụ cho đơn vị này",
        EditNewDue = "Hạn của nhiệm vụ mới",
        EditLines = "Chưa hiểu — chọn dòng để thêm thành nhiệm vụ của đơn vị này",
        EditLinesMore = count => $"… và {count} dòng khác (hiện ở trang sau khi đã thêm các dòng trên).",
        EditSave = "Lưu thay đổi",
        EditOpenUnit = "Lưu và mở đơn vị đã chọn",
        EditNextPage = "Lưu và xem tiếp",
        EditDone = "Xong",
        EditSaved = count => $"Đã lưu {count} thay đổi.",
        EditNothing = "Không có gì thay đổi.",
        EditPage = (from, to, total) => $"Nhiệm vụ {from}–{to} trong {total}",
        EditStale = "Thẻ này đã cũ: danh sách nhiệm vụ đã thay đổi. Hãy mở lại thẻ sửa.",
        EditNoTarget = "Hãy chọn đơn vị để chuyển các nhiệm vụ đến.",
        EditBadDate = value => $"Hạn \"{value}\" không hợp lệ; hãy chọn ngày trên lịch.",
        EditNoUnits = "Kế hoạch chưa có đơn vị nào. Thêm nhiệm vụ bằng cách gõ tên đơn vị mới vào ô tên đơn vị.",
        CmdEdit = "Sửa đơn vị, nhiệm vụ, hạn của kế hoạch đã lưu (người tổ chức)",
        Save = "Lưu",
        Cancel = "Hủy",
        Show = "Xem",
        OverviewProgress = "Tiến độ chung",
        ProgressTasksDone = "nhiệm vụ hoàn thành",
        ProgressAverage = "bình quân",
        OverviewUpdated = "Cập nhật lúc",
        // — card sizes: large plans, paging, the size budget —
        OverviewUrgentTitle = "Cần chú ý",
        OverviewUnitsTitle = "Tiến độ theo đơn vị",
        OverviewPageLink = "Mở trang kế hoạch",
        BackToOverview = "‹ Tổng quan",
        PagePrevious = "‹ Trang trước",
        PageNext = "Trang sau ›",
        PageSaveHint = "Bấm Gửi trước khi sang trang khác: những gì chưa gửi không được giữ lại.",
        NotUnderstoodTitle = "Chưa hiểu",
        NotUnderstoodHint = "Những dòng này không thành nhiệm vụ. Nếu cần, sửa văn bản rồi gửi lại.",
        UnderstoodExpandHint = "Bấm tên đơn vị để xem hoặc ẩn nhiệm vụ.",
        UnderstoodOtherUnits = "Các đơn vị khác",
        Recurring = "thường xuyên",
        Coordinating = "Phối hợp",
        PlanListTitle = "Các kế hoạch đã lưu",
        PlanListEmpty = "Chưa có kế hoạch nào. Hãy dán nội dung một kế hoạch vào đây.",
        PlanSaved = planId => $"Đã lưu kế hoạch số {planId}. Thẻ tổng quan ở ngay bên dưới.",
        MeetingBookedSaid = (room, start, invited) =>
            $"Đã đặt phòng {room}, bắt đầu {start}; đã gửi giấy mời đến {invited} người. Ngày giờ của kế hoạch đã theo lịch này.",
        AssignSaved = (assigned, total) =>
            $"Đã lưu phân công: {assigned}/{total} đơn vị đã có người phụ trách. Gõ \"yêu cầu báo cáo\" để gửi thẻ báo cáo cho họ.",
        OverviewSuperseded = planId =>
            $"Thẻ tổng quan này không còn được cập nhật: thẻ mới hơn của kế hoạch số {planId} đã được đăng bên dưới (hoặc gõ \"xem {planId}\").",
        PlanCancelled = "Đã hủy, kế hoạch không được lưu.",
        DraftGone = "Bản nháp này không còn (đã lưu, đã hủy hoặc không thuộc cuộc trò chuyện này). Hãy gửi lại kế hoạch.",
        DraftNotYours = "Chỉ người đã gửi kế hoạch này mới lưu hoặc hủy được bản nháp.",
        CardInvalid = "Thẻ này không còn hợp lệ hoặc dữ liệu gửi lên không đúng; không có gì thay đổi.",
        PlanNotFound = planId => $"Không tìm thấy kế hoạch số {planId}. Gõ **danh sách** để xem các kế hoạch đã lưu.",
        NotUnderstood = text => $"Tôi chưa hiểu \"{text}\". Gõ **trợ giúp** để xem các lệnh, hoặc dán nội dung một kế hoạch.",
        NotAPlan = "Nội dung này chưa phải là một kế hoạch PlanBot đọc được; chưa lưu gì:",
        NotAPlanExpect = "Một kế hoạch cần ít nhất một trong các dấu hiệu trên: tiêu đề \"KẾ HOẠCH\" (hoặc \"V/v …\"), thời gian, địa điểm, thành phần tham dự, hoặc đơn vị nào làm việc gì. Nhiệm vụ có thể thêm sau khi lưu.",
        ProblemEmpty = "văn bản trống",
        ProblemTooLarge = "văn bản hoặc tệp quá lớn (tối đa 4 MB)",
        ProblemNotText = "tệp không phải là văn bản (UTF-8)",
        ProblemUnsupportedFile = "PlanBot chỉ đọc được kế hoạch dạng .docx, .pdf (có lớp chữ) hoặc .txt; hãy gửi tệp ở một trong các dạng đó, hoặc dán nội dung kế hoạch",
        ProblemDamagedDocument = "tệp .docx bị hỏng hoặc không đọc được",
        ProblemMissingTitle = "không có tiêu đề \"KẾ HOẠCH …\"",
        ProblemMissingImplementationSection = "không có phần \"TỔ CHỨC THỰC HIỆN\" (hoặc \"PHÂN CÔNG NHIỆM VỤ\")",
        ProblemMissingUnitTasks = "phần tổ chức thực hiện không nêu đơn vị nào với nhiệm vụ cụ thể",
        // — import (text parsing) —
        ProblemNoPlanMarkers = "không có tiêu đề \"KẾ HOẠCH …\" (hay \"Kế hoạch tổ chức …\"), không có trích yếu \"V/v …\", không nêu thời gian, địa điểm hay thành phần tham dự, và không có phần \"TỔ CHỨC THỰC HIỆN\" giao việc cho đơn vị nào",
        FileOnlyPersonal = "Tệp kế hoạch chỉ gửi được trong trò chuyện riêng với PlanBot. Ở đây, hãy dán nội dung kế hoạch.",
        FileDownloadFailed = fileName => $"Không tải được tệp \"{fileName}\" từ Teams. Hãy gửi lại tệp hoặc dán nội dung.",
        BadDate = value => $"Ngày \"{value}\" không hợp lệ; hãy nhập theo dạng dd/MM/yyyy, ví dụ 05/01/2023.",
        BadTime = value => $"Giờ \"{value}\" không hợp lệ; hãy nhập theo dạng HH:mm, ví dụ 08:00.",
        // — file formats —
        ProblemScannedPdf = "tệp PDF này là bản quét (chỉ có hình ảnh, không có chữ) nên PlanBot không đọc được; hãy gửi tệp .docx gốc hoặc bản PDF xuất từ Word, hoặc dán nội dung kế hoạch",
        ProblemUnreadablePdf = "tệp PDF bị hỏng hoặc được khóa bằng mật khẩu nên PlanBot không đọc được; hãy gửi tệp .docx, một bản PDF không đặt mật khẩu, hoặc dán nội dung kế hoạch",
        ProblemOldWordFormat = "tệp .doc (Word 97–2003) PlanBot không đọc được; hãy mở tệp trong Word, chọn Lưu thành (Save As) định dạng .docx rồi gửi lại, hoặc dán nội dung kế hoạch",
        LanguageSet = "Đã chuyển sang tiếng Việt.",
        SomethingFailed = "Xin lỗi, đã có lỗi khi xử lý yêu cầu. Không có gì bị mất; hãy thử lại sau ít phút.",
        StatusCardTitle = "Báo cáo tiến độ",
        StatusPeople = "Người phụ trách",
        StatusPercent = "% hoàn thành (0–100)",
        StatusNote = "Ghi chú (khó khăn, vướng mắc…)",
        StatusSend = "Gửi báo cáo",
        StatusRecorded = (when, who) => $"Đã ghi nhận lúc {when} – {who}",
        StatusSaved = count => $"Đã ghi nhận {count} thay đổi.",
        StatusNothingChanged = "Không có gì thay đổi.",
        Overdue = "quá hạn",
        NotAllowedUnit = "Bạn không được phân công cho đơn vị này; chỉ người được phân công hoặc người tổ chức kế hoạch mới cập nhật được. Không có gì thay đổi.",
        AnswerForeignTask = "Báo cáo có nhiệm vụ không thuộc đơn vị này. Không có gì thay đổi.",
        AnswerBadStatus = $"Trạng thái phải là một trong: {string.Join(", ", StatusCatalogue.All.Select(s => s.Vi))}. Không có gì thay đổi.",
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
        AssignUnknownEmails = emails => $"Chưa gặp những người này trong Teams nên chưa phân công được: {emails}. Họ cần nhắn cho PlanBot một lần, hoặc chọn họ trong danh sách thành viên.",
        OnlyOrganizer = "Chỉ người tổ chức kế hoạch (người đã lưu kế hoạch) mới làm được việc này.",
        RequestSent = (people, units) => $"Đang gửi thẻ báo cáo đến {people} người của {units} đơn vị. Tôi sẽ báo lại khi gửi xong.",
        RequestNoOne = "Chưa đơn vị nào được phân công người phụ trách. Gõ **phân công** để chọn người.",
        RequestMissingUnits = units => $"Chưa có người phụ trách, chưa gửi được: {units}.",
        BatchSummary = (plan, reached, total) => $"Đã gửi thẻ báo cáo \"{plan}\" đến {reached}/{total} người.",
        BatchFailures = "Không gửi được:",
        MyTasksNone = "Bạn không có việc nào đang mở.",
        MyTasksTitle = units => $"Việc của tôi: {units} đơn vị còn việc đang mở",
        MyTasksOpenCount = open => $"{open} việc chưa xong",
        MyTasksNextDue = date => $"hạn gần nhất {date}",
        MyTasksOverdue = "có việc quá hạn",
        MyTasksMore = units => $"Còn {units} đơn vị khác ở các kế hoạch cũ hơn.",
        MyTasksAnswer = "Báo cáo",
        NoPlanHere = "Chưa có kế hoạch nào ở cuộc trò chuyện này. Hãy dán một kế hoạch, hoặc ghi số kế hoạch, ví dụ **yêu cầu báo cáo 1**.",
        CmdAssign = "Chọn người phụ trách cho từng đơn vị của kế hoạch",
        CmdRequest = "Gửi thẻ báo cáo tiến độ đến người phụ trách các đơn vị",
        CmdMyTasks = "Xem và cập nhật các việc bạn đang phụ trách",
        RecipientUnknown = "người này chưa từng trò chuyện với PlanBot trong Teams",
        SendFailedBlocked = "người này đã chặn hoặc gỡ PlanBot (403)",
        SendFailedConversationGone = "cuộc trò chuyện với người này không còn (404)",
        SendFailedRemoved = "kế hoạch, đơn vị hoặc cuộc họp đã bị xóa trước khi gửi",
        SendFailedUndeliverable = "Teams không nhận tin nhắn sau nhiều lần thử",
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
        ProposalSmall = (capacity, seats) => $"Phòng chỉ có {capacity} chỗ, không đủ cho {seats} người.",
        ProposalNoRoom = venue => $"Không tìm thấy phòng \"{venue}\" trong danh sách phòng. Chọn một phòng dưới đây.",
        ProposalConfirm = "Đặt phòng và gửi giấy mời",
        ProposalAlternatives = "Lựa chọn khác",
        ProposalPick = "Chọn",
        MeetingBooked = "Đã đặt phòng và gửi giấy mời",
        MeetingTitle = "Cuộc họp",
        MeetingResponses = "Trả lời của người dự",
        MeetingMoreAttendees = count => $"… và {count} người khác (xem trên trang kế hoạch).",
        MeetingCancel = "Hủy cuộc họp",
        MeetingCancelled = "Đã hủy cuộc họp và báo cho người dự.",
        MeetingNone = "Kế hoạch này chưa có cuộc họp nào được đặt. Gõ **đặt phòng** để đặt.",
        MeetingRoomBusyNow = "Phòng vừa có người đặt vào giờ này; chọn lựa chọn khác.",
        MeetingBadInput = "Ngày, giờ, thời lượng hoặc số người không hợp lệ (ngày dd/MM/yyyy hoặc yyyy-MM-dd, giờ HH:mm, thời lượng 0,5–10 giờ, số người 1–2000).",
        // — refusing mistaken input (issue 12) —
        MeetingFailedSignIn = "Không đặt được: PlanBot không đăng nhập được vào Microsoft 365 (thông tin đăng nhập ứng dụng sai, hết hạn hoặc chưa được quản trị viên chấp thuận). Chưa có gì được đặt; hãy báo quản trị PlanBot kiểm tra cấu hình.",
        MeetingStartPassed = now => $"Giờ bắt đầu này đã qua (bây giờ là {now}). Chưa có gì được đặt; hãy chọn ngày giờ sau thời điểm này.",
        ProposalAmbiguous = venue => $"Có nhiều phòng cùng khớp với \"{venue}\". Chọn đúng phòng dưới đây.",
        InvitationTitle = "Giấy mời họp",
        InvitationOrganizer = "Người mời",
        InvitationAccept = "Đồng ý",
        InvitationTentative = "Có thể",
        InvitationDecline = "Từ chối",
        InvitationAnswered = answer => $"Bạn đã trả lời: {answer}.",
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
        ReportLinkNote = until => $"Liên kết tải về có hiệu lực đến {until}.",
        CmdReport = "Báo cáo tổng hợp theo đơn vị và tệp Excel (CSV)",
        // — plan page —
        PageTitle = "Trang kế hoạch – PlanBot",
        PageLinkInvalid = "Liên kết này không đúng: có thể nó đã bị sửa hoặc chép thiếu. Trang kế hoạch không được mở.",
        PageLinkExpired = "Liên kết này đã hết hạn.",
        PageNotFound = "Không tìm thấy kế hoạch này (có thể nó đã bị xóa).",
        PageAskAgain = "Trong Teams, gõ \"xem N\" (N là số của kế hoạch) để PlanBot đăng lại thẻ tổng quan với liên kết mới.",

        ReminderDueSoon = days => $"Nhắc việc: còn {days} ngày đến hạn.",
        ReminderDueToday = "Nhắc việc: hôm nay đến hạn.",
        ReminderOverdue = days => $"Nhắc việc: đã quá hạn {days} ngày.",
        EscalationTitle = "Đơn vị chậm tiến độ",
        EscalationIntro = "Các nhiệm vụ sau đã quá hạn mà chưa hoàn thành:",
        RemindersPaused = planId => $"Đã tạm dừng nhắc việc cho kế hoạch số {planId}.",
        RemindersResumed = planId => $"Đã bật lại nhắc việc cho kế hoạch số {planId}.",
        RemindersChanged = (planId, days, at) => $"Nhắc việc của kế hoạch số {planId}: trước hạn {days} ngày, lúc {at}, các ngày làm việc; hằng ngày khi quá hạn.",
        RemindersBadSchedule = "Lịch nhắc không hợp lệ. Ví dụ: **nhắc việc 3,0 lúc 08:00** (số ngày trước hạn, cách nhau dấu phẩy; giờ từ 07:00 đến 16:59).",
        ReminderSentNow = (unit, people) => $"Đã gửi nhắc việc cho {unit} ({people} người).",
        NoSuchUnitNumber = number => $"Không có đơn vị số {number}; các đơn vị được đánh số theo thứ tự trên thẻ tổng quan.",
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
        HelpIntro = "PlanBot reads a written plan (pasted text, or a .txt, .docx or .pdf file in a personal chat), shows you what it understood, saves the plan and posts an overview card with each unit's tasks.",
        HelpCommandsTitle = "Commands",
        HelpPlanHint =
            "A plan is recognised by a \"KẾ HOẠCH …\" title (or a \"V/v …\" subject), a time, a venue or participants; units' tasks can be added after saving.",
        CmdHelp = "Show this help",
        CmdPlans = "List saved plans",
        CmdShow = "Post the overview card of plan N again",
        CmdLang = "Switch language (English / tiếng Việt)",
        CmdPaste = "Paste a plan or send a .txt/.docx/.pdf file to import it",
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
        // — correcting units and tasks —
        EditOpen = "Fix units and tasks",
        EditTitle = "Fix units and tasks",
        EditUnitPick = "Unit",
        EditUnitName = "Unit name (the name of another unit merges the two)",
        EditTaskDue = "Due",
        EditPick = "Pick",
        EditPickedAction = "With the picked tasks",
        EditKeep = "Keep them",
        EditDelete = "Delete",
        EditMoveTo = unit => $"Move to: {unit}",
        EditNewTask = "Add a task to this unit",
        EditNewDue = "Due date of the new task",
        EditLines = "Not understood — pick lines to add as tasks of this unit",
        EditLinesMore = count => $"… and {count} more lines (shown once the ones above are added).",
        EditSave = "Save changes",
        EditOpenUnit = "Save and open the unit picked",
        EditNextPage = "Save and show more",
        EditDone = "Done",
        EditSaved = count => $"Saved {count} change(s).",
        EditNothing = "Nothing changed.",
        EditPage = (from, to, total) => $"Tasks {from}–{to} of {total}",
        EditStale = "This card is out of date: the tasks have changed. Open the editing card again.",
        EditNoTarget = "Pick the unit to move the tasks to.",
        EditBadDate = value => $"\"{value}\" is not a valid due date; pick a day on the calendar.",
        EditNoUnits = "The plan has no unit yet. Type a unit name into the unit name field to add one.",
        CmdEdit = "Fix the units, tasks and due dates of a saved plan (organizer)",
        Save = "Save",
        Cancel = "Cancel",
        Show = "Show",
        OverviewProgress = "Overall progress",
        ProgressTasksDone = "tasks done",
        ProgressAverage = "average",
        OverviewUpdated = "Updated at",
        // — card sizes: large plans, paging, the size budget —
        OverviewUrgentTitle = "Needs attention",
        OverviewUnitsTitle = "Progress by unit",
        OverviewPageLink = "Open the plan page",
        BackToOverview = "‹ Overview",
        PagePrevious = "‹ Previous page",
        PageNext = "Next page ›",
        PageSaveHint = "Press Send before changing page: what is not sent is not kept.",
        NotUnderstoodTitle = "Not understood",
        NotUnderstoodHint = "These lines did not become tasks. If needed, correct the text and send it again.",
        UnderstoodExpandHint = "Press a unit's name to show or hide its tasks.",
        UnderstoodOtherUnits = "Other units",
        Recurring = "recurring",
        Coordinating = "Coordinating",
        PlanListTitle = "Saved plans",
        PlanListEmpty = "No plans yet. Paste the text of a plan here.",
        PlanSaved = planId => $"Plan {planId} saved. Its overview card is just below.",
        MeetingBookedSaid = (room, start, invited) =>
            $"Booked {room}, starting {start}; invitations sent to {invited} people. The plan's date and time now follow this booking.",
        AssignSaved = (assigned, total) =>
            $"Assignments saved: {assigned} of {total} units have a responsible person. Type \"request status\" to send them their status cards.",
        OverviewSuperseded = planId =>
            $"This overview is no longer kept up to date: a newer one of plan {planId} was posted below (or type \"show {planId}\").",
        PlanCancelled = "Cancelled; the plan was not saved.",
        DraftGone = "This draft is no longer here (saved, cancelled, or not from this conversation). Please send the plan again.",
        DraftNotYours = "Only the person who sent this plan can save or cancel its draft.",
        CardInvalid = "This card is no longer valid or its data is wrong; nothing was changed.",
        PlanNotFound = planId => $"There is no plan {planId}. Type **plans** to list saved plans.",
        NotUnderstood = text => $"I did not understand \"{text}\". Type **help** to see the commands, or paste the text of a plan.",
        NotAPlan = "This is not a plan PlanBot can read yet; nothing was saved:",
        NotAPlanExpect = "A plan needs at least one of these: a \"KẾ HOẠCH\" title (or \"V/v …\"), a time, a venue, participants, or which unit does what. Tasks can be added after saving.",
        ProblemEmpty = "the text is empty",
        ProblemTooLarge = "the text or file is too large (4 MB at most)",
        ProblemNotText = "the file is not text (UTF-8)",
        ProblemUnsupportedFile = "PlanBot reads plans as .docx, .pdf (with a text layer) or .txt; send the file in one of these, or paste the plan's text",
        ProblemDamagedDocument = "the .docx file is damaged or cannot be read",
        ProblemMissingTitle = "no \"KẾ HOẠCH …\" title",
        ProblemMissingImplementationSection = "no \"TỔ CHỨC THỰC HIỆN\" (implementation) section",
        ProblemMissingUnitTasks = "the implementation section names no unit with a task",
        // — import (text parsing) —
        ProblemNoPlanMarkers = "no \"KẾ HOẠCH …\" (plan) title, no \"V/v …\" subject line, no time, venue or participants, and no \"TỔ CHỨC THỰC HIỆN\" (implementation) section giving a unit a task",
        FileOnlyPersonal = "Plan files can only be sent in a personal chat with PlanBot. Here, paste the plan's text.",
        FileDownloadFailed = fileName => $"Could not download \"{fileName}\" from Teams. Send the file again or paste its text.",
        BadDate = value => $"\"{value}\" is not a valid date; use dd/MM/yyyy, for example 05/01/2023.",
        BadTime = value => $"\"{value}\" is not a valid time; use HH:mm, for example 08:00.",
        // — file formats —
        ProblemScannedPdf = "this PDF is a scan (images only, no text) so PlanBot cannot read it; send the original .docx or a PDF saved from Word, or paste the plan's text",
        ProblemUnreadablePdf = "the PDF is damaged or locked with a password so PlanBot cannot read it; send the .docx, a PDF without a password, or paste the plan's text",
        ProblemOldWordFormat = "PlanBot cannot read .doc files (Word 97–2003); open it in Word, choose Save As .docx and send it again, or paste the plan's text",
        LanguageSet = "Switched to English.",
        SomethingFailed = "Sorry, something went wrong while handling that. Nothing was lost; please try again in a few minutes.",
        StatusCardTitle = "Status report",
        StatusPeople = "Responsible",
        StatusPercent = "% done (0–100)",
        StatusNote = "Note (difficulties, blockers…)",
        StatusSend = "Send report",
        StatusRecorded = (when, who) => $"Recorded at {when} – {who}",
        StatusSaved = count => $"Recorded {count} change(s).",
        StatusNothingChanged = "Nothing changed.",
        Overdue = "overdue",
        NotAllowedUnit = "You are not assigned to this unit; only its assigned people or the plan's organizer can update it. Nothing was changed.",
        AnswerForeignTask = "The report names a task that is not this unit's; nothing was changed.",
        AnswerBadStatus = $"The status must be one of: {string.Join(", ", StatusCatalogue.All.Select(s => s.En))}. Nothing was changed.",
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
        AssignUnknownEmails = emails => $"PlanBot has not met these people in Teams yet, so they were not assigned: {emails}. They need to message PlanBot once, or pick them from the member list.",
        OnlyOrganizer = "Only the plan's organizer (who saved the plan) can do this.",
        RequestSent = (people, units) => $"Sending status cards to {people} people in {units} units. I will tell you when it is done.",
        RequestNoOne = "No unit has a responsible person yet. Type **assign** to choose people.",
        RequestMissingUnits = units => $"No responsible person yet, not sent: {units}.",
        BatchSummary = (plan, reached, total) => $"Status cards for \"{plan}\" sent to {reached}/{total} people.",
        BatchFailures = "Not sent:",
        MyTasksNone = "You have no open tasks.",
        MyTasksTitle = units => $"My tasks: {units} units with open tasks",
        MyTasksOpenCount = open => $"{open} open tasks",
        MyTasksNextDue = date => $"next due {date}",
        MyTasksOverdue = "overdue tasks",
        MyTasksMore = units => $"{units} more units in older plans.",
        MyTasksAnswer = "Report",
        NoPlanHere = "There is no plan in this conversation yet. Paste a plan, or give the plan number, e.g. **request status 1**.",
        CmdAssign = "Choose the responsible people of each unit of a plan",
        CmdRequest = "Send status cards to the people of every unit",
        CmdMyTasks = "See and update the tasks you answer for",
        RecipientUnknown = "this person has never talked to PlanBot in Teams",
        SendFailedBlocked = "this person blocked or removed PlanBot (403)",
        SendFailedConversationGone = "the chat with this person no longer exists (404)",
        SendFailedRemoved = "the plan, unit or meeting was removed before it went out",
        SendFailedUndeliverable = "Teams did not take the message after several attempts",
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
        ProposalSmall = (capacity, seats) => $"The room has {capacity} seats, not enough for {seats} people.",
        ProposalNoRoom = venue => $"No room called \"{venue}\" is in the room list. Pick one below.",
        ProposalConfirm = "Book and send invitations",
        ProposalAlternatives = "Other options",
        ProposalPick = "Pick",
        MeetingBooked = "Room booked and invitations sent",
        MeetingTitle = "Meeting",
        MeetingResponses = "Attendees' answers",
        MeetingMoreAttendees = count => $"… and {count} more (see the plan page).",
        MeetingCancel = "Cancel meeting",
        MeetingCancelled = "Meeting cancelled; attendees were told.",
        MeetingNone = "No meeting is booked for this plan yet. Type **book room** to book one.",
        MeetingRoomBusyNow = "Someone just booked the room at that time; pick another option.",
        MeetingBadInput = "The date, time, length or number of people is not valid (date dd/MM/yyyy or yyyy-MM-dd, time HH:mm, length 0.5–10 hours, 1–2000 people).",
        // — refusing mistaken input (issue 12) —
        MeetingFailedSignIn = "Not booked: PlanBot cannot sign in to Microsoft 365 (the app's credentials are wrong, expired, or not consented by an administrator). Nothing was booked; ask PlanBot's administrator to check its settings.",
        MeetingStartPassed = now => $"That start time has passed (it is now {now}). Nothing was booked; pick a date and time after this.",
        ProposalAmbiguous = venue => $"Several rooms match \"{venue}\" equally. Pick the right one below.",
        InvitationTitle = "Meeting invitation",
        InvitationOrganizer = "Organizer",
        InvitationAccept = "Accept",
        InvitationTentative = "Tentative",
        InvitationDecline = "Decline",
        InvitationAnswered = answer => $"You answered: {answer}.",
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
        ReportLinkNote = until => $"The download link works until {until}.",
        CmdReport = "Summary by unit and an Excel (CSV) file",
        // — plan page —
        PageTitle = "Plan page – PlanBot",
        PageLinkInvalid = "This link is not valid: it may have been changed or copied incompletely. The plan page was not opened.",
        PageLinkExpired = "This link has expired.",
        PageNotFound = "This plan was not found (it may have been deleted).",
        PageAskAgain = "In Teams, type \"show N\" (N being the plan's number) and PlanBot posts the overview card again with a fresh link.",

        ReminderDueSoon = days => $"Reminder: due in {days} days.",
        ReminderDueToday = "Reminder: due today.",
        ReminderOverdue = days => $"Reminder: overdue by {days} days.",
        EscalationTitle = "Units behind schedule",
        EscalationIntro = "These tasks are past due and not done:",
        RemindersPaused = planId => $"Reminders paused for plan {planId}.",
        RemindersResumed = planId => $"Reminders resumed for plan {planId}.",
        RemindersChanged = (planId, days, at) => $"Reminders of plan {planId}: {days} days before due, at {at}, on working days; daily while overdue.",
        RemindersBadSchedule = "That schedule is not valid. Example: **reminders 3,0 at 08:00** (days before due, comma separated; a time from 07:00 to 16:59).",
        ReminderSentNow = (unit, people) => $"Reminder sent to {unit} ({people} people).",
        NoSuchUnitNumber = number => $"There is no unit {number}; units are numbered in the order of the overview card.",
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

    public string Answer(AnswerProblem problem) => problem switch
    {
        AnswerProblem.ForeignTask => AnswerForeignTask,
        AnswerProblem.BadStatus => AnswerBadStatus,
        AnswerProblem.BadPercent => AnswerBadPercent,
        AnswerProblem.NoteTooLong => AnswerNoteTooLong,
        _ => AnswerEmpty,
    };

    public string SendFailed(Outbox.SendFailure reason) => reason switch
    {
        Outbox.SendFailure.Blocked => SendFailedBlocked,
        Outbox.SendFailure.ConversationGone => SendFailedConversationGone,
        Outbox.SendFailure.RecipientUnknown => RecipientUnknown,
        Outbox.SendFailure.Removed => SendFailedRemoved,
        _ => SendFailedUndeliverable,
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
        Import.ImportProblem.NoPlanMarkers => ProblemNoPlanMarkers,
        // — file formats —
        Import.ImportProblem.ScannedPdf => ProblemScannedPdf,
        Import.ImportProblem.UnreadablePdf => ProblemUnreadablePdf,
        Import.ImportProblem.OldWordFormat => ProblemOldWordFormat,
        _ => ProblemMissingUnitTasks,
    };
}
