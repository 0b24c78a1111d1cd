namespace Guangong.Web.Features.People.Training;

public static class TrainingKinds
{
    public const string Training = "学习培训";

    public const string Theory = "理论学习";

    public static readonly string[] All = [Training, Theory];
}
