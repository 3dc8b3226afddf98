using System.Security.Cryptography;

namespace OpinionAct.Media.Web.Accounts;

public static class Passwords
{
    /// <summary>A 20-character random password from an alphabet without look-alike characters.</summary>
    public static string Generate() =>
        RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
}
