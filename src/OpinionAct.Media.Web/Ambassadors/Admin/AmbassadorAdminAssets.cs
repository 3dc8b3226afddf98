namespace OpinionAct.Media.Web.Ambassadors.Admin;

/// <summary>The admin page's one script, inline under the page's nonce: copies a share link to the clipboard.</summary>
internal static class AmbassadorAdminAssets
{
    public const string CopyScript =
        "document.querySelectorAll('[data-copy]').forEach(function(b){b.addEventListener('click',function(){" +
        "var i=document.getElementById(b.getAttribute('data-copy'));i.focus();i.select();" +
        "if(navigator.clipboard){navigator.clipboard.writeText(i.value);}});});";
}
