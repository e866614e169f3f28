using System.Text;
using PlanBot.Core.Import;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Import;

/// <summary>Which reader a file goes to: by what its bytes are first, by its name second; what cannot be read is answered with what to send.</summary>
public sealed class PlanFileKindTests
{
    private static readonly string Seed = File.ReadAllText(Repo.SeedPlan);

    /// <summary>The first sector of a Word 97–2003 file: the OLE compound-file signature.</summary>
    private static readonly byte[] Word97 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

    [Fact]
    public void A_word_97_doc_is_answered_with_how_to_save_it_as_docx()
    {
        Assert.Equal([ImportProblem.OldWordFormat], PlanImporter.FromBytes("ke-hoach.doc", Word97).Problems);
        // Renamed to .docx it is still a .doc.
        Assert.Equal([ImportProblem.OldWordFormat], PlanImporter.FromBytes("ke-hoach.docx", Word97).Problems);
        Assert.Contains("Lưu thành", Core.Localization.Texts.Vi.Problem(ImportProblem.OldWordFormat));
        Assert.Contains("Save As", Core.Localization.Texts.En.Problem(ImportProblem.OldWordFormat));
    }

    [Theory]
    [InlineData("ke-hoach.xlsx")]
    [InlineData("anh-chup.jpg")]
    [InlineData("image.png")]
    [InlineData("ke-hoach.odt")]
    public async Task Other_files_are_answered_from_their_name_without_being_read(string name)
    {
        var content = new ThrowingStream();
        Assert.False(PlanImporter.IsSupportedFile(name));
        Assert.Equal([ImportProblem.UnsupportedFile], (await PlanImporter.FromFileAsync(name, content, CancellationToken.None)).Problems);
        Assert.Contains(".docx, .pdf", Core.Localization.Texts.Vi.Problem(ImportProblem.UnsupportedFile));
    }

    [Fact]
    public void The_bytes_decide_over_the_name()
    {
        var docx = DocxBuilder.FromText(Seed).Build();
        Assert.True(PlanImporter.FromBytes("ke-hoach.txt", docx).Succeeded);
        Assert.True(PlanImporter.FromBytes("ke-hoach", docx).Succeeded);
        Assert.True(PlanImporter.FromBytes("ke-hoach.docx", PlanFilePdfTests.SeedPdf()).Succeeded);
        Assert.True(PlanImporter.FromBytes("ke-hoach", Encoding.UTF8.GetBytes(Seed)).Succeeded);
    }

    private sealed class ThrowingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("read");
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new InvalidOperationException("read");
    }
}
