using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;
using static OpenIddict.Validation.OpenIddictValidationHandlers.Protection;

namespace OpinionAct.Media.Web.Apis.Server;

/// <summary>
/// The two steps around OpenIddict's JWT verification that use <see cref="VerifiedTokens"/>: just before it, a
/// token already verified under the request's issuer and keys gets its claims back, and OpenIddict's step, which
/// does nothing once a principal is set, is skipped; just after it, a token it verified is remembered.
/// </summary>
internal static class VerifiedTokenHandlers
{
    public static OpenIddictValidationHandlerDescriptor Recall { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<RecallHandler>()
            .SetOrder(ValidateIdentityModelToken.Descriptor.Order - 100)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public static OpenIddictValidationHandlerDescriptor Remember { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<RememberHandler>()
            .SetOrder(ValidateIdentityModelToken.Descriptor.Order + 100)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    private static string? OptionsKey(IHttpContextAccessor http) => http.HttpContext?.Features.Get<ApiServerFeature>()?.CacheKey;

    internal sealed class RecallHandler(VerifiedTokens tokens, IHttpContextAccessor http) : IOpenIddictValidationHandler<ValidateTokenContext>
    {
        public ValueTask HandleAsync(ValidateTokenContext context)
        {
            if (context.Principal is null && context.Token is { Length: > 0 } token && OptionsKey(http) is { } key
                && tokens.Recall(key, token) is { } principal)
            {
                context.Principal = principal;
            }

            return ValueTask.CompletedTask;
        }
    }

    internal sealed class RememberHandler(VerifiedTokens tokens, IHttpContextAccessor http) : IOpenIddictValidationHandler<ValidateTokenContext>
    {
        public ValueTask HandleAsync(ValidateTokenContext context)
        {
            // TokenValidationResult is set only by a verification that ran in this call (and succeeded, or the
            // context would be rejected): a recalled principal is not remembered again.
            if (!context.IsRejected && context.TokenValidationResult is { IsValid: true } && context.Principal is { } principal
                && context.Token is { Length: > 0 } token && OptionsKey(http) is { } key)
            {
                tokens.Remember(key, token, principal);
            }

            return ValueTask.CompletedTask;
        }
    }
}
