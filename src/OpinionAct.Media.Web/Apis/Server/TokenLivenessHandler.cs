using OpenIddict.Abstractions;
using OpenIddict.Validation;
using OpinionAct.Media.Web.Tenancy;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace OpinionAct.Media.Web.Apis.Server;

/// <summary>
/// Refuses an access token whose row is no longer valid, through <see cref="TokenLiveness"/>: runs where
/// OpenIddict's token-entry check would, after signature, issuer, lifetime and audience were checked.
/// </summary>
internal sealed class TokenLivenessHandler(TokenLiveness liveness, IHttpContextAccessor http) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<TokenLivenessHandler>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateTokenEntry.Descriptor.Order - 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        var services = http.HttpContext?.RequestServices;
        var tokenId = context.Principal?.GetTokenId();
        if (services is null || tokenId is null
            || !await liveness.IsLiveAsync(
                services.GetRequiredService<TenantContext>().Tenant.Name,
                tokenId,
                services.GetRequiredService<IOpenIddictTokenManager>(),
                context.CancellationToken))
        {
            context.Reject(OpenIddictConstants.Errors.InvalidToken, "The token is no longer valid.");
        }
    }
}
