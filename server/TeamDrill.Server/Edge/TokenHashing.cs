using System.Security.Cryptography;
using System.Text;

namespace TeamDrill.Server.Edge;

/// <summary>Tokens are random and opaque; storage keys them by their SHA-256 so a stolen database holds no usable token.</summary>
public static class TokenHashing
{
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
