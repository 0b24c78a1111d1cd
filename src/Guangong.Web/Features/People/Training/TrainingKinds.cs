namespace Guangong.Web.Features.People.Training;

public static class TrainingKinds
{
    public const string Training = "学习培训";

    public const string Theory = "理论学习";

    /// <summary>Training of correspondents (通讯员培训, 乌审召 四); the publicity pages count it per correspondent.</summary>
    public const string Publicity = "信息宣传培训";

    public static readonly string[] All = [Training, Theory, Publicity];
}
