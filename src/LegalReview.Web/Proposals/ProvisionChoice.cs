namespace LegalReview.Web.Proposals;

/// <summary>A provision offered in the "choose a provision" list: its row id and how it reads ("Điều 35 › khoản 1").</summary>
public sealed record ProvisionChoice(long Id, string Label, string Preview);
