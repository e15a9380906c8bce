using LegalReview.Core.Documents;
using LegalReview.Data.Reviewing;

namespace LegalReview.Data.Tests.Reviewing;

public sealed class ReviewWorkflowTests
{
    private static readonly ReviewActor Reviewer = new("chuyenvien1", IsLead: false);
    private static readonly ReviewActor OtherReviewer = new("chuyenvien2", IsLead: false);
    private static readonly ReviewActor Lead = new("truongphong", IsLead: true);

    public static TheoryData<ReviewAction, ReviewItemStatus, ReviewItemStatus> AllowedTransitions()
    {
        var data = new TheoryData<ReviewAction, ReviewItemStatus, ReviewItemStatus>();
        foreach (var rule in ReviewWorkflow.Rules)
        {
            data.Add(rule.Action, rule.From, rule.To);
        }

        return data;
    }

    public static TheoryData<ReviewAction, ReviewItemStatus> ForbiddenTransitions()
    {
        var data = new TheoryData<ReviewAction, ReviewItemStatus>();
        foreach (var status in Enum.GetValues<ReviewItemStatus>())
        {
            foreach (var action in Enum.GetValues<ReviewAction>())
            {
                if (ReviewWorkflow.Find(status, action) is null)
                {
                    data.Add(action, status);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void Check_AllowedTransitionByLead_Succeeds(ReviewAction action, ReviewItemStatus from, ReviewItemStatus to)
    {
        var item = Item(from);

        var check = ReviewWorkflow.Check(item, action, Lead, "Ý kiến của lãnh đạo");

        check.Succeeded.ShouldBeTrue(check.Error);
        check.Rule!.To.ShouldBe(to);
    }

    [Theory]
    [MemberData(nameof(ForbiddenTransitions))]
    public void Check_TransitionNotInRules_IsRefusedWithStatusInMessage(ReviewAction action, ReviewItemStatus from)
    {
        var check = ReviewWorkflow.Check(Item(from), action, Lead, "Ý kiến");

        check.Succeeded.ShouldBeFalse();
        check.Error.ShouldNotBeNull().ShouldContain(ReviewNames.Of(from));
        check.Error.ShouldContain(ReviewNames.Of(action));
    }

    [Theory]
    [InlineData(ReviewAction.Approve, ReviewItemStatus.Submitted)]
    [InlineData(ReviewAction.Return, ReviewItemStatus.Submitted)]
    [InlineData(ReviewAction.Dismiss, ReviewItemStatus.Pending)]
    [InlineData(ReviewAction.Reopen, ReviewItemStatus.Approved)]
    [InlineData(ReviewAction.Reopen, ReviewItemStatus.Dismissed)]
    public void Check_LeadActionByReviewer_IsRefused(ReviewAction action, ReviewItemStatus from)
    {
        var check = ReviewWorkflow.Check(Item(from), action, Reviewer, "Ý kiến");

        check.Succeeded.ShouldBeFalse();
        check.Error.ShouldNotBeNull().ShouldContain("lãnh đạo phòng");
    }

    [Theory]
    [InlineData(ReviewAction.Start, ReviewItemStatus.Pending)]
    [InlineData(ReviewAction.Submit, ReviewItemStatus.InProgress)]
    [InlineData(ReviewAction.Start, ReviewItemStatus.Returned)]
    public void Check_ReviewerActionOnSomeoneElsesItem_IsRefused(ReviewAction action, ReviewItemStatus from)
    {
        var check = ReviewWorkflow.Check(Item(from), action, OtherReviewer, null);

        check.Succeeded.ShouldBeFalse();
        check.Error.ShouldNotBeNull().ShouldContain("chuyenvien1");
    }

    [Fact]
    public void Check_ReturnWithoutComment_IsRefused()
    {
        var check = ReviewWorkflow.Check(Item(ReviewItemStatus.Submitted), ReviewAction.Return, Lead, "  ");

        check.Succeeded.ShouldBeFalse();
        check.Error.ShouldNotBeNull().ShouldContain("Cần ghi ý kiến");
    }

    [Fact]
    public void Check_SubmitWithIncompleteSheet_IsRefused()
    {
        var item = Item(ReviewItemStatus.InProgress);
        item.Sheet!.CompetentBody = "";

        var check = ReviewWorkflow.Check(item, ReviewAction.Submit, Reviewer, null);

        check.Succeeded.ShouldBeFalse();
        check.Error.ShouldNotBeNull().ShouldContain("chưa đầy đủ");
    }

    [Fact]
    public void AvailableActions_SubmittedItem_ReviewerHasNoneLeadApprovesOrReturns()
    {
        var item = Item(ReviewItemStatus.Submitted);

        ReviewWorkflow.AvailableActions(item, Reviewer).ShouldBeEmpty();
        ReviewWorkflow.AvailableActions(item, Lead).ShouldBe([ReviewAction.Approve, ReviewAction.Return]);
    }

    private static ReviewItem Item(ReviewItemStatus status) => new()
    {
        Id = 1,
        DocumentId = 1,
        Status = status,
        AssignedTo = "chuyenvien1",
        Sheet = new ReviewSheet
        {
            BasisDocuments = "Bộ luật Lao động số 45/2019/QH14, Điều 35",
            ValidityConclusion = Validity.InForce,
            Conclusion = "Còn phù hợp",
            Recommendation = ReviewRecommendation.Keep,
            CompetentBody = "Quốc hội",
        },
    };
}
