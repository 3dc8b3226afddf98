namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>The one-click signup's answer (202): <c>{"status":"accepted","message":"…"}</c>, the message in the site's language.</summary>
public sealed record SignupFormAnswer(string Status, string Message);
