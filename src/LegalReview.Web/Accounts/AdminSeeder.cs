using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LegalReview.Web.Accounts;

/// <summary>
/// Seeds roles and the administrator. A generated password is shown exactly once — when the account is created —
/// because it is stored only as a hash afterwards.
/// </summary>
public sealed class AdminSeeder(
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<AdminOptions> options,
    ILogger<AdminSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var role in Roles.All)
        {
            ct.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        var userName = options.Value.UserName;
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var configured = options.Value.Password;
        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
        var admin = new IdentityUser(userName);
        Check(await users.CreateAsync(admin, password), "create the administrator (check Admin:Password)");
        Check(await users.AddToRoleAsync(admin, Roles.Admin), "add the administrator to the Admin role");
        if (string.IsNullOrEmpty(configured))
        {
            logger.LogWarning(
                "Created administrator {UserName} with generated password {Password}; it is shown only once",
                userName, password);
            Console.WriteLine();
            Console.WriteLine("==================================================================");
            Console.WriteLine(" LegalReview: administrator account created (shown only once)");
            Console.WriteLine($"   user name: {userName}");
            Console.WriteLine($"   password:  {password}");
            Console.WriteLine(" Change it after logging in, or set Admin:Password before first start.");
            Console.WriteLine("==================================================================");
            Console.WriteLine();
        }
        else
        {
            logger.LogInformation("Created administrator {UserName} with the configured password", userName);
        }
    }

    private static string GeneratePassword()
    {
        // Letters and digits without look-alikes, plus one of each class Identity's default rules demand.
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = Enumerable.Range(0, 16).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]);
        return new string(chars.ToArray()) + "-Aa1";
    }

    private static void Check(IdentityResult result, string action)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not {action}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
