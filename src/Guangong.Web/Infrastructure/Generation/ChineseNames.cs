namespace Guangong.Web.Infrastructure.Generation;

/// <summary>Plausible Chinese names of people and places, drawn from a seeded random source.</summary>
public sealed class ChineseNames(Random random)
{
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
        "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯",
    ];

    private static readonly string[] MaleGiven =
    [
        "建国", "建华", "国强", "国庆", "志强", "志明", "永康", "永红", "德胜", "德明", "振华", "卫国", "卫东", "红军", "保国",
        "正义", "忠诚", "文斌", "文华", "树林", "金生", "长春", "洪涛", "海军", "连生", "兴旺", "福生", "根宝", "和平", "庆丰",
    ];

    private static readonly string[] FemaleGiven =
    [
        "秀英", "桂英", "秀兰", "玉兰", "桂兰", "凤英", "玉珍", "淑珍", "秀珍", "素芬", "美华", "丽华", "红梅", "建英", "菊芳",
        "月娥", "金凤", "翠萍", "爱华", "玉梅", "秀芳", "淑英", "惠芳", "雪梅", "巧云", "春花", "彩霞", "兰英", "素琴", "玉英",
    ];

    // Two-character place names are built from these, so thousands of towns and villages stay distinct.
    private static readonly string[] PlaceFirst =
    [
        "东", "西", "南", "北", "青", "白", "红", "黄", "金", "银", "石", "桥", "河", "湖", "山", "塘", "沙", "柳", "桃", "杨",
        "龙", "凤", "新", "安", "永", "丰", "富", "长", "顺", "兴", "和", "平", "太", "大", "小", "三", "五", "马", "牛", "鹤",
    ];

    private static readonly string[] PlaceSecond =
    [
        "港", "桥", "溪", "浜", "塘", "湾", "庄", "集", "圩", "岗", "墩", "坝", "泾", "洲", "渡", "林", "田", "山", "口", "店",
        "园", "堰", "头", "阳", "宁", "安", "丰", "兴", "河", "湖",
    ];

    private readonly HashSet<string> _places = [];

    public string Person(bool male) => Pick(Surnames) + Pick(male ? MaleGiven : FemaleGiven);

    /// <summary>A place name not handed out before in this run (two characters, three when two run out).</summary>
    public string Place()
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = Pick(PlaceFirst) + Pick(PlaceSecond);
            if (attempt > 20)
            {
                name = Pick(PlaceFirst) + name;
            }

            if (_places.Add(name))
            {
                return name;
            }
        }
    }

    public string Phone() => "1" + Pick(["33", "35", "38", "39", "51", "58", "77", "89"]) + random.Next(10_000_000, 100_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>One of the items with the given weights (the weights need not add up to anything).</summary>
    public T Weighted<T>(IReadOnlyList<(T Item, int Weight)> items)
    {
        var roll = random.Next(items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }
}
