namespace OpinionAct.Media.Web.Hosting;

/// <summary>Log messages of the request surface: origins, hostile bodies, the key ring at rest.</summary>
internal static partial class MediaLog
{
    [LoggerMessage(1800, LogLevel.Warning, "Media:PublicOrigin is not set: absolute links of requests that do not arrive on loopback or an agency host use {Origin}; set Media:PublicOrigin to the platform's public address")]
    public static partial void PublicOriginUnset(this ILogger logger, string origin);

    [LoggerMessage(1801, LogLevel.Information, "Refused a request body to {Path} with {Status}: {Reason}")]
    public static partial void BodyRefused(this ILogger logger, string path, int status, string reason);

    [LoggerMessage(1803, LogLevel.Information, "Data protection keys are encrypted at rest with the master key file {Path}")]
    public static partial void KeysProtectedByKeyFile(this ILogger logger, string path);

    [LoggerMessage(1805, LogLevel.Information, "Data protection keys are encrypted at rest with the master key of Media:DataProtection:MasterKey")]
    public static partial void KeysProtectedBySharedKey(this ILogger logger);

    [LoggerMessage(1804, LogLevel.Warning, "Created a new data protection master key file {Path}; back it up with the key ring, which cannot be read without it")]
    public static partial void KeyFileCreated(this ILogger logger, string path);
}
