using Briefing.Store.Database;

namespace Briefing.Store.Tests.Database;

public sealed class DatabaseOptionsValidatorTests
{
    private static IReadOnlyList<string> Failures(DatabaseOptions options) =>
        new DatabaseOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void The_defaults_are_a_sqlite_file_and_valid()
    {
        var options = new DatabaseOptions();

        Assert.Equal(DatabaseProvider.Sqlite, options.ParsedProvider);
        Assert.Empty(Failures(options));
    }

    [Fact]
    public void An_unknown_provider_names_the_two_there_are()
    {
        var failure = Assert.Single(Failures(new DatabaseOptions { Provider = "mysql" }));

        Assert.Contains("Database:Provider \"mysql\"", failure);
        Assert.Contains("\"Sqlite\"", failure);
        Assert.Contains("\"Postgres\"", failure);
    }

    [Fact]
    public void Postgres_without_a_connection_string_says_which_setting_and_environment_variable_to_set()
    {
        var failure = Assert.Single(Failures(new DatabaseOptions { Provider = "postgres" }));

        Assert.Contains("Database:ConnectionString is empty", failure);
        Assert.Contains("Database__ConnectionString", failure);
    }

    [Fact]
    public void A_connection_string_without_server_or_database_lists_both_and_never_repeats_the_password()
    {
        var failures = Failures(new DatabaseOptions { Provider = "Postgres", ConnectionString = "Username=briefing;Password=hunter2" });

        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, f => f.Contains("Host="));
        Assert.Contains(failures, f => f.Contains("Database="));
        Assert.DoesNotContain(failures, f => f.Contains("hunter2"));
    }

    [Fact]
    public void A_connection_string_with_an_unknown_keyword_is_reported_as_such()
    {
        var failure = Assert.Single(Failures(new DatabaseOptions { Provider = "Postgres", ConnectionString = "Hots=db;Database=briefing" }));

        Assert.Contains("not a valid PostgreSQL connection string", failure);
    }

    [Fact]
    public void A_sqlite_path_that_is_a_folder_suggests_a_file_inside_it()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var failure = Assert.Single(Failures(new DatabaseOptions { Path = folder }));
            Assert.Contains(Path.Combine(folder, "briefing.db"), failure);
        }
        finally { Directory.Delete(folder); }
    }
}
