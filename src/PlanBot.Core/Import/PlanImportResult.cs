using PlanBot.Core.Plans;

namespace PlanBot.Core.Import;

/// <summary>Why a text or file was not taken as a plan.</summary>
public enum ImportProblem
{
    Empty,
    TooLarge,
    NotText,
    UnsupportedFile,
    DamagedDocument,
    MissingTitle,
    MissingImplementationSection,
    MissingUnitTasks,

    /// <summary>None of what makes a text a plan: a "KẾ HOẠCH" title, a "V/v" subject, a time, venue or participants, a unit with a task.</summary>
    NoPlanMarkers,
    // — file formats —
    ScannedPdf,
    UnreadablePdf,
    OldWordFormat,
}

/// <summary>Either the plan PlanBot understood or the list of what was missing.</summary>
public sealed record PlanImportResult(PlanDocument? Plan, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Plan is not null;

    public static PlanImportResult Ok(PlanDocument plan) => new(plan, []);

    public static PlanImportResult Fail(params ImportProblem[] problems) => new(null, problems);
}
