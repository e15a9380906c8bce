using LegalReview.Data.Importing;

namespace LegalReview.Data.Tests;

public sealed class SampleCorpusTests
{
    [Fact]
    public void ListFiles_Samples_PrefersDocxOnlyWhereTheTextLostItsArticleLabels()
    {
        var files = SampleCorpus.ListFiles(RepoPaths.Samples)
            .Select(f => Path.GetRelativePath(RepoPaths.Samples, f).Replace('\\', '/')).ToList();

        files.ShouldContain("laws/docx/luat-an-toan-ve-sinh-lao-dong-2015_84-2015-QH13.docx");
        files.ShouldNotContain("laws/luat-an-toan-ve-sinh-lao-dong-2015_84-2015-QH13.txt");
        files.ShouldContain("laws/bo-luat-lao-dong-2019_45-2019-QH14.txt");
        files.Count(f => f.EndsWith(".docx", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void FindSamplesFolder_FromBuildOutput_FindsRepositorySamples() =>
        SampleCorpus.FindSamplesFolder(AppContext.BaseDirectory).ShouldBe(RepoPaths.Samples);
}
