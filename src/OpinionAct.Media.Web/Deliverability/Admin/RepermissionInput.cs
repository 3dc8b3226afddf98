namespace OpinionAct.Media.Web.Deliverability.Admin;

/// <summary>The re-permission form as typed (kept when the page answers with a count or a refusal).</summary>
public sealed record RepermissionInput(int NewsletterId, int OlderThanMonths, int AnswerWithinDays)
{
    public static readonly RepermissionInput Default = new(0, 12, 30);
}
