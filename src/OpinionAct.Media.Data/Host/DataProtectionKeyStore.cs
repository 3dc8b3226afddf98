using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace OpinionAct.Media.Data.Host;

/// <summary>
/// The key ring of a cluster member, in the host database every node shares, so a cookie, antiforgery token,
/// signed link or stored secret protected on one node is read on any other. Our own repository rather than
/// the EntityFrameworkCore package's: that one resolves a context from the container, and host contexts are
/// made by <see cref="MediaDatabase"/> for the configured engine, never registered.
/// Data protection calls it synchronously, and only when its cached key ring expires or a key is created.
/// </summary>
public sealed class DataProtectionKeyStore(MediaDatabase database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = database.CreateHostContext();
        return db.DataProtectionKeys
            .OrderBy(k => k.Id)
            .Select(k => k.Xml)
            .AsEnumerable()
            .Select(xml => XElement.Parse(xml))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = database.CreateHostContext();
        db.DataProtectionKeys.Add(new DataProtectionKeyRecord
        {
            FriendlyName = friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
        });
        db.SaveChanges();
    }
}
