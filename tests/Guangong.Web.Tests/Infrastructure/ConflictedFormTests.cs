using Guangong.Web.Components.Shared;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>What a page says when a form is sent over a newer save, and what it keeps.</summary>
public sealed class ConflictedFormTests
{
    private sealed class Form
    {
        public string? Title { get; set; }

        public string? Summary { get; set; }

        public string? UnitId { get; set; }

        public string? Status { get; set; }

        public bool IsOpen { get; set; }

        public List<string>? Picked { get; set; }

        public long Version { get; set; }
    }

    [Fact]
    public void The_typed_form_is_kept_on_the_saved_version_and_each_difference_is_said()
    {
        var typed = new Form { Title = "我的标题", Summary = "写了很久的简介", UnitId = "3", Status = "Planned", IsOpen = true, Picked = ["1", "2"], Version = 4 };
        var saved = new Form { Title = "他人的标题", Summary = new string('长', 250), UnitId = "5", Status = "Completed", IsOpen = true, Picked = ["2", "1"], Version = 7 };

        var errors = ConflictedForm.Keep(typed, saved);

        Assert.Equal(("我的标题", 7L), (typed.Title, typed.Version));
        Assert.Equal(ConflictedForm.Message, errors.Single(e => e.Field.Length == 0).Message); // same ticks, same choices in another order
        Assert.Equal("他人保存的是：“他人的标题”", errors.Single(e => e.Field == "Title").Message);
        Assert.StartsWith("他人保存的是（共250字，前200字）：“长", errors.Single(e => e.Field == "Summary").Message);
        Assert.Equal(ConflictedForm.OtherChoice, errors.Single(e => e.Field == "UnitId").Message); // an id is not quoted
        Assert.Equal(ConflictedForm.OtherChoice, errors.Single(e => e.Field == "Status").Message); // nor a code

        saved.Picked = ["1"];
        saved.IsOpen = false;
        Assert.Contains(ConflictedForm.Keep(typed, saved), e => e.Field.Length == 0 && e.Message == ConflictedForm.OthersMessage);
    }
}
