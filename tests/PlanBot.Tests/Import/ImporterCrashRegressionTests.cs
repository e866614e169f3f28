using PlanBot.Core.Import;

namespace PlanBot.Tests.Import;

/// <summary>
/// Documents that made the importer throw (the user saw "Xin lỗi, đã có lỗi khi xử lý yêu cầu" and nothing was
/// imported), each kept as it was found: by users (issue 17), by the properties over damaged corpus plans
/// (ImportProperties), or by reading the importer for position arithmetic.
/// </summary>
public sealed class ImporterCrashRegressionTests
{
    private const string Head = "UBND TỈNH TUYÊN QUANG\nSố: 12/KH-UBND\nTuyên Quang, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\nTriển khai công tác năm 2025\n\n";

    private static PlanBot.Core.Plans.PlanDocument Imported(string text)
    {
        var result = PlanImporter.FromText(text);
        Assert.True(result.Succeeded, string.Join(", ", result.Problems));
        return result.Plan!;
    }

    /// <summary>Issue 17: five real plans failed with ArgumentOutOfRangeException in UnitNames.StartsWithUnitWord ("Các" alone).</summary>
    [Theory]
    [InlineData("- Các")]
    [InlineData("1. Các:")]
    [InlineData("Các")]
    [InlineData("a) Các")]
    [InlineData("Đề nghị Các")]
    public void A_line_that_is_only_Cac_is_read_as_a_task_or_listed_as_not_understood(string line)
    {
        var text = Head + "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính: bố trí kinh phí thực hiện Kế hoạch.\n" + line + "\n";
        var plan = Imported(text);
        Assert.Contains(plan.Units, u => u.Unit == "Sở Tài chính");
        Assert.Empty(Properties.LineAccounting.Unaccounted(text, plan));
    }

    /// <summary>Found by ImportProperties (InsertUnicode, then the text cut): half a surrogate pair made string normalization throw.</summary>
    [Fact]
    public void Half_an_emoji_left_by_a_cut_paste_is_read_around()
    {
        var plan = Imported(Head + "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính: bố trí kinh phí \uD83D thực hiện Kế hoạch.\n2. Sở Y tế\uDE00: hướng dẫn các địa phương.\n");
        Assert.Equal(["Sở Tài chính", "Sở Y tế"], plan.Units.Select(u => u.Unit));
    }

    /// <summary>
    /// Found by the long run of ImportProperties (20,000 cases, case 4,122: the keyword line "ngày 31 tháng 02 năm 0000"
    /// joined to a task): a month, quarter or half year of year 0 made DateOnly throw.
    /// </summary>
    [Theory]
    [InlineData("báo cáo kết quả trong tháng 02 năm 0000")]
    [InlineData("hoàn thành trong Quý II/0000")]
    [InlineData("tổng kết trong 6 tháng đầu năm 0000")]
    public void A_deadline_in_year_zero_is_no_deadline(string task)
    {
        var plan = Imported(Head + "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính: " + task + ".\n");
        Assert.Null(plan.Units.Single().Tasks.Single().DueDate);
    }

    /// <summary>Found reading the regexes: \d matched other scripts' digits, which int.Parse refused ("٣" is Arabic-Indic 3).</summary>
    [Fact]
    public void Digits_of_other_scripts_are_not_read_as_dates()
    {
        var plan = Imported(Head + "II. THỜI GIAN\nThời gian: ngày ٣/٤/٢٠٢٥ và ngày ３/４\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính: bố trí kinh phí trước ngày ١٥/٠٦/٢٠٢٥, năm ٢٠٢٥.\n");
        Assert.Null(plan.Event?.StartDate);
        Assert.Contains(plan.Units, u => u.Unit == "Sở Tài chính");
    }

    /// <summary>Found reading LineMending: a glued word was split by recursion, one level per syllable; a long one would overflow the stack, which ends the process.</summary>
    [Fact]
    public void A_pasted_word_of_a_hundred_thousand_accented_letters_is_split_without_recursion()
    {
        var glued = string.Concat(Enumerable.Repeat("huyệnphối", 12_000));
        var plan = Imported(Head + "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính: " + glued + "\n");
        Assert.StartsWith("Huyện phối huyện phối", plan.Units.Single().Tasks.Single().Description, StringComparison.Ordinal);
    }
}
