using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Tests.Infrastructure;

public class DataScopeTests
{
    [Fact]
    public void Range_holds_exactly_the_subtree()
    {
        var scope = new DataScope();
        scope.Restrict(7, "/1/7/");
        var inside = new[] { "/1/7/", "/1/7/8/", "/1/7/99/100/" };
        var outside = new[] { "/1/70/", "/1/", "/1/8/", "/1/6/", string.Empty, "/1/7" };
        foreach (var path in inside)
        {
            Assert.True(string.CompareOrdinal(path, scope.From) >= 0 && string.CompareOrdinal(path, scope.To) < 0, path);
            Assert.True(scope.Covers(path), path);
        }

        foreach (var path in outside)
        {
            Assert.False(string.CompareOrdinal(path, scope.From) >= 0 && string.CompareOrdinal(path, scope.To) < 0, path);
            Assert.False(scope.Covers(path), path);
        }
    }

    [Fact]
    public void The_system_range_holds_every_path_and_the_empty_one()
    {
        var scope = DataScope.System();
        foreach (var path in new[] { string.Empty, "/", "/1/", "/99/5/", "/9999999/1/" })
        {
            Assert.True(string.CompareOrdinal(path, scope.From) >= 0 && string.CompareOrdinal(path, scope.To) < 0, path);
        }
    }

    [Fact]
    public void A_new_scope_sees_nothing_until_set()
    {
        var scope = new DataScope();
        Assert.True(scope.IsEmpty);
        Assert.False(scope.Covers("/1/"));
        Assert.Equal(scope.From, scope.To);
    }

    [Fact]
    public void Reading_outside_ends_with_its_block_and_writes_only_when_the_reason_says_so()
    {
        var scope = new DataScope();
        scope.Restrict(3, "/3/");
        using (scope.ReadOutside(OutsideReasons.UniqueAcrossUnits))
        {
            Assert.Equal(string.Empty, scope.From);
            Assert.False(scope.Covers("/9/"), "a read-only reason does not open writes outside the scope");
        }

        using (scope.ReadOutside(OutsideReasons.CheckInByCode))
        {
            Assert.True(scope.Covers("/9/"));
        }

        Assert.Equal("/3/", scope.From);
        Assert.False(scope.Covers("/9/"));
        Assert.True(scope.Covers("/3/4/"));
    }

    [Fact]
    public void A_path_must_start_and_end_with_a_slash()
    {
        Assert.Throws<ArgumentException>(() => new DataScope().Restrict(1, "1/"));
    }
}
