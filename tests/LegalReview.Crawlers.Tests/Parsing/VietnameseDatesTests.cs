using LegalReview.Crawlers.Parsing;

namespace LegalReview.Crawlers.Tests.Parsing;

public sealed class VietnameseDatesTests
{
    [Theory]
    [InlineData("11/03/2020", 2020, 3, 11)]
    [InlineData("Ban hành: 1-7-2026", 2026, 7, 1)]
    [InlineData("Hà Nội, ngày 12 tháng 6 năm 2018", 2018, 6, 12)]
    [InlineData("2021-02-01", 2021, 2, 1)]
    public void Parse_KnownFormats_ReturnsDate(string text, int year, int month, int day) =>
        VietnameseDates.Parse(text).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData("Đã biết")]
    [InlineData("Đang cập nhật")]
    [InlineData("31/02/2020")]
    [InlineData(null)]
    public void Parse_PlaceholderOrImpossible_ReturnsNull(string? text) => VietnameseDates.Parse(text).ShouldBeNull();
}
