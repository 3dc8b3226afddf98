namespace OpinionAct.Media.Web.Questions;

/// <summary>Reader questions' limits (<c>Media:Questions</c>).</summary>
public sealed class QuestionOptions
{
    public const string SectionName = "Media:Questions";

    /// <summary>Questions one client address may send per ten minutes.</summary>
    public int PerClientPer10Minutes { get; set; } = 3;

    /// <summary>Questions one email address may send per day.</summary>
    public int PerAddressPerDay { get; set; } = 5;

    /// <summary>How long the confirmation link of the asker's address works.</summary>
    public TimeSpan ConfirmationLifetime { get; set; } = TimeSpan.FromDays(7);
}
