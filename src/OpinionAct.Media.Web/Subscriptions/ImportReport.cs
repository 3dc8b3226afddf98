namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// What an import did (or, with errors and without skip-invalid, would have done: then nothing was written).
/// <see cref="ConsentsToMail"/> are the confirmation emails due for rows that carried no consent.
/// </summary>
public sealed record ImportReport(int Rows, int Confirmed, int Pending, int Skipped, IReadOnlyList<ImportError> Errors, IReadOnlyList<int> ConsentsToMail, bool Written)
{
    public int Imported => Confirmed + Pending;
}
