#!/usr/bin/env python3
"""Writes the portal-style HTML fixtures under Fixtures/html/ (run from the package root).

Each page wraps one seed article (Fixtures/000_….txt … 004_….txt) in invented portal chrome,
the way crawlers download such pages: navigation, breadcrumb, info line, share widgets, font-size
switch, related list, comments, footer with copyright/ICP/公网安备 lines, ads, scripts, styles,
hidden elements and HTML comments. The markup differs from page to page as different CMSs do.
None of the chrome is copied from a real site; the site names, ids, ICP numbers and comments are
made up. The output is deterministic (no clocks, no randomness).

Pages:
  jingchu-portal.html  seed 000, UTF-8, <meta charset>, article:published_time, TRS_Editor body
  county-gbk.html      seed 002, GBK bytes, NO charset declaration, table layout, <br> paragraphs
  taiwan-big5.html     seed 001 (traditional), Big5 bytes, http-equiv charset=big5, pic-desc captions
  split-divs.html      seed 003, body split across two sibling divs around an ad, ▲ captions
  long-related.html    seed 004 article 1, WordPress-like; related list + comments longer than the body
  wechat-article.html  seed 004 article 3, WeChat article page (js_content, publish_time, js_name)
  saved-no-html-tag.html  an invented story stored as browsers save pages: a comment, then <head>,
                       no <html> start tag; only a UTC instant with milliseconds in JSON-LD
  headers/*.html       five small invented pages, one per header failure class: a site-name h1
                       under a welcome-banner <title> (headline in h2), a site suffix after a bare
                       `-`, a <title> that is only the site's name (headline above the info line),
                       a 2006 table layout with the time in a <font> cell, a government notice
                       printing 成文日期 before 发布日期
  hk-daily-chrome.html an invented Hong Kong daily page in traditional script: breadcrumb
                       (首頁 > 港聞), font-size widget, hashtag line, app promotions with links,
                       a 延伸閱讀 list, a shopping ad with prices, a comment-policy block
  teaser-stream.html   an invented four-paragraph story beside a "more for you" stream whose
                       teasers carry long clamped summaries (one outweighs the story); the page's
                       description repeats the story's lead

Seed text is used as printed (including its ASCII commas), with these documented exceptions:
  * seed 001: the pinyin annotations after characters ("社區(qū)") are converter damage and are
    dropped; the three mojibake runs ("?!闭诖蚱古仪虻腻X", "?!毙^", "?!痹趧P旋") are restored to
    the text they stand for ("！”正在打乒乓球的錢", "。”小", "。”在凱") — the damaged characters
    are simplified forms that Big5 cannot encode, and a Taiwanese page would not carry them.
    Every other character of the article is encodable in Big5 (checked strictly below; the
    script fails rather than substitute silently).
  * seed 004: paragraphs the e-paper layout broke mid-word ("要" / "想做好…", "家门" / "口…",
    "工" / "作温度…", "入院" / "等。", "过" / "程…", "专家团队" / photo / "将对检查…") are
    joined, as a portal re-publishing the article prints them.
"""
import pathlib
import re

SEEDS = pathlib.Path("Fixtures")
OUT = SEEDS / "html"


def seed(prefix):
    (path,) = sorted(SEEDS.glob(prefix + "_*.txt"))
    return path.read_text(encoding="utf-8")


def lines(text):
    return [line.strip() for line in text.split("\n") if line.strip()]


def between(items, first, last):
    """The lines from the one starting with `first` to the one starting with `last` (inclusive)."""
    start = next(i for i, line in enumerate(items) if line.startswith(first))
    end = next(i for i, line in enumerate(items) if i >= start and line.startswith(last))
    return items[start:end + 1]


def write(name, text, encoding="utf-8"):
    (OUT / name).parent.mkdir(parents=True, exist_ok=True)
    (OUT / name).write_bytes(text.encode(encoding))  # strict: fails on any unencodable character


# ---------------------------------------------------------------------------------------------
# 1. jingchu-portal.html — seed 000 on a provincial portal (UTF-8, declared).
# ---------------------------------------------------------------------------------------------

def jingchu_portal():
    src = lines(seed("000"))
    title = "十堰市张湾区红卫街道践行共同缔造理念 绘就幸福美好新篇章"
    body = between(src, "荆楚网(湖北日报网)讯", "红卫街道主要负责人表示")
    parts = []
    for line in body:
        if line.endswith("摄制"):
            parts.append('<p style="text-align: center;"><video src="//video.hbxwportal.example/2024/0812/hongwei.mp4" '
                         'controls="controls" width="640" height="360" poster="//img.hbxwportal.example/2024/0812/hw_v.jpg"></video></p>\n'
                         f'<p style="text-align: center;">{line}</p>')
        elif line.endswith("供图"):
            n = len(parts)
            parts.append(f'<p style="text-align: center;"><img src="//img.hbxwportal.example/2024/0812/hw_{n:02d}.jpg" '
                         f'alt="" width="600" /></p>\n<p style="text-align: center;">{line}</p>')
        elif len(line) <= 20 and "。" not in line:
            parts.append(f'<p><strong>{line}</strong></p>')
        else:
            parts.append(f'<p>\u3000\u3000{line}</p>')
    article = "\n".join(parts)
    related = [
        ("十堰张湾：老旧小区“变身”记 居民共绘幸福画卷", "2024-08-10"),
        ("红卫街道周家沟社区爱心暑托班开班 大学生志愿者当起“老师”", "2024-08-06"),
        ("张湾区探索“十五分钟便民服务圈” 老人家门口乐享晚年", "2024-07-29"),
        ("十堰市持续推进共同缔造活动 城乡社区治理提质增效", "2024-07-22"),
        ("凯旋社区：一张餐桌暖了独居老人的心", "2024-07-15"),
    ]
    related_html = "\n".join(
        f'      <li><a href="/html/2024/{d[5:7]}{d[8:]}/{40000 + i}.shtml" target="_blank">{t}</a><span class="date">{d}</span></li>'
        for i, (t, d) in enumerate(related))
    comments = [
        ("荆楚网友_8812", "十堰市网友", "2024-08-12 19:03", "我家就在西城佳苑，小游园现在晚上散步的人特别多，比以前强太多了！"),
        ("汽车城的风", "湖北网友", "2024-08-12 20:41", "社区食堂给老人送饭这个真是办到心坎上了，希望能一直坚持下去。"),
        ("张湾老街坊", "十堰市网友", "2024-08-13 08:15", "孩子暑假在周家沟社区的托班上了一个月，回来天天念叨国学课，点赞志愿者。"),
    ]
    comments_html = "\n".join(
        f'      <div class="cmt-item"><div class="cmt-user">{u}<span>[{loc}]</span><em>{t}</em></div>'
        f'<div class="cmt-text">{c}</div><div class="cmt-op"><a href="javascript:;">顶(12)</a> <a href="javascript:;">回复</a></div></div>'
        for u, loc, t, c in comments)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}_十堰新闻_湖北新闻门户</title>
<meta name="keywords" content="共同缔造,红卫街道,张湾区,老旧小区改造">
<meta name="description" content="在十堰市张湾区红卫街道，“共同缔造”理念正深刻地融入社会治理的各个方面。">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2024-08-12T17:55:00+08:00">
<meta name="author" content="荆楚网">
<link rel="stylesheet" href="//static.hbxwportal.example/css/article_2019.css">
<style type="text/css">
.TRS_Editor p{{margin:0 0 18px;line-height:2;font-size:16px}}
.share-bar a{{display:inline-block;width:24px;height:24px}}
.hide{{display:none}}
</style>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{ var hm = document.createElement("script"); hm.src = "//stat.hbxwportal.example/hm.js?a8c9"; document.getElementsByTagName("head")[0].appendChild(hm); }})();
</script>
</head>
<body>
<!-- 顶部通栏 start -->
<div class="topbar">
  <div class="w1200">
    <span class="fl">欢迎访问湖北新闻门户！今天是<script>document.write(new Date().toLocaleDateString());</script></span>
    <span class="fr"><a href="/app/">客户端</a> | <a href="/weibo/">关注我们</a> | <a href="/login/">登录</a> | <a href="/reg/">注册</a></span>
  </div>
</div>
<div class="nav">
  <ul>
    <li><a href="/">首页</a></li><li><a href="/news/">新闻</a></li><li><a href="/hubei/">湖北</a></li>
    <li><a href="/city/">市州</a></li><li><a href="/finance/">财经</a></li><li><a href="/culture/">文化</a></li>
    <li><a href="/travel/">旅游</a></li><li><a href="/video/">视频</a></li><li><a href="/live/">直播</a></li>
  </ul>
</div>
<!-- 顶部通栏 end -->
<div class="ad-banner"><a href="//ad.hbxwportal.example/click?id=3301" target="_blank"><img src="//ad.hbxwportal.example/img/1200x90_bank.jpg" alt="广告"></a><span class="ad-tag">广告</span></div>
<div class="w1200 main clearfix">
  <div class="crumb"><a href="/">湖北新闻门户</a> &gt; <a href="/news/">新闻频道</a> &gt; <a href="/xy/">襄阳分公司</a> &gt; <a href="/xy/shiyan/">十堰新闻</a> &gt; 十堰滚动播报</div>
  <div class="left-col">
    <h1 class="article-title">{title}</h1>
    <div class="article-info">
      <span class="time">发布时间：2024年08月12日17:55</span>
      <span class="source">来源：荆楚网（湖北日报网）</span>
      <span class="fontsize">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
      <span class="print"><a href="javascript:window.print()">打印</a></span>
    </div>
    <div class="content_box" id="content">
<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{margin-top:0px;margin-bottom:12px;line-height:1.8;}}</style>
{article}
</div>
      <div class="hide" style="display:none">本文来源：荆楚网 原标题：红卫街道共同缔造 编辑：lsh</div>
      <p class="editor">【责任编辑：雷杉】</p>
    </div>
    <div class="share-bar">分享到：<a class="wx" href="javascript:;" title="微信">微信</a><a class="wb" href="javascript:;" title="新浪微博">微博</a><a class="qq" href="javascript:;" title="QQ空间">QQ空间</a></div>
    <div class="related">
      <h3>相关新闻</h3>
      <ul>
{related_html}
      </ul>
    </div>
    <div class="comments" id="comments">
      <h3>网友评论<span>（已有3条评论）</span></h3>
      <textarea placeholder="文明上网，理性发言"></textarea><button type="button">发表评论</button>
{comments_html}
    </div>
  </div>
  <div class="right-col">
    <div class="box"><h3>热点排行</h3><ol><li><a href="/a/1.shtml">湖北今年将新开工改造城镇老旧小区</a></li><li><a href="/a/2.shtml">武汉至十堰高铁运营三周年</a></li><li><a href="/a/3.shtml">湖北发布高温橙色预警</a></li></ol></div>
    <div class="ad-side"><script type="text/javascript" src="//ad.hbxwportal.example/show.js?slot=300x250"></script></div>
  </div>
</div>
<div class="footer">
  <p><a href="/about/">关于我们</a> - <a href="/copyright/">版权声明</a> - <a href="/contact/">合作咨询</a> - <a href="/jobs/">招聘信息</a></p>
  <p>Copyright &copy; 2001-2024 湖北新闻门户网络科技股份有限公司 All Rights Reserved</p>
  <p>营业执照 增值电信业务许可证 互联网出版机构 网络视听节目许可证 <a href="https://beian.miit.gov.cn/">鄂ICP备00000001号-1</a> <img src="/img/ga.png" alt="">鄂公网安备 42010602000001号</p>
  <p>违法和不良信息举报电话：027-00000000</p>
</div>
<script type="text/javascript" src="//static.hbxwportal.example/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript">function doZoom(size){{ $(".TRS_Editor p").css("font-size", size + "px"); }}</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 2. county-gbk.html — seed 002 on a county government site, GBK bytes, no declaration at all.
# ---------------------------------------------------------------------------------------------

def county_gbk():
    src = lines(seed("002"))
    title = "温泉街道“桂乡管家”织密基层治理网格"
    body = between(src, "近年来,咸安区温泉街道", "从党建引领的生动实践")
    credit = next(line for line in src if line.startswith("(记者 焦姣"))
    # Government CMS: one block of text, paragraphs separated by <br>, indented with ideographic
    # spaces; section names (社区) bold, subheads bold too.
    chunks = []
    for line in body:
        if len(line) <= 6:
            chunks.append(f"<b>{line}</b>")
        elif len(line) <= 20 and "。" not in line:
            chunks.append(f"<b>\u3000\u3000{line}</b>")
        else:
            chunks.append(f"\u3000\u3000{line}")
    chunks.append(f"\u3000\u3000{credit}")
    text = "<br>\n<br>\n".join(chunks)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{title} - 政务公开 - 咸安区人民政府</title>
<meta name="SiteName" content="咸安区人民政府">
<meta name="ColumnName" content="政务动态">
<meta name="ArticleTitle" content="{title}">
<meta name="ContentSource" content="咸宁日报">
<link href="/images/zwgk.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/js/jquery.js"></script>
<script language="javascript">
function setFont(s){{document.getElementById('zoom').style.fontSize=s+'px';}}
</script>
</head>
<body topmargin="0" leftmargin="0">
<!--#include virtual="/inc/top.html"-->
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr><td height="120" background="/images/top_bg.jpg">&nbsp;</td></tr>
  <tr><td class="menu">
    <a href="/">首页</a> | <a href="/zjxa/">走进咸安</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwfw/">政务服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/ztzl/">专题专栏</a>
  </td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/zwdt/">政务动态</a> &gt;&gt; 乡镇动态</td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="xxgk">
  <tr><td width="12%" class="th">索&nbsp;引&nbsp;号：</td><td width="38%">011050217/2024-00123</td><td width="12%" class="th">主题分类：</td><td>城乡建设、社区建设</td></tr>
  <tr><td class="th">发布机构：</td><td>温泉街道办事处</td><td class="th">生成日期：</td><td>2024-01-19</td></tr>
  <tr><td class="th">名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">{title}</td></tr>
  <tr><td class="th">文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td></td><td class="th">有&nbsp;效&nbsp;性：</td><td>有效</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="article">
  <tr><td class="title" align="center"><h2>{title}</h2></td></tr>
  <tr><td class="info" align="center">信息来源：咸宁日报&nbsp;&nbsp;&nbsp;&nbsp;发布时间：2024-01-19 09:30:12&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits"><script>document.write(1286)</script></span>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</td></tr>
  <tr>
    <td class="content">
<div id="zoom" style="font-size:16px;line-height:2em">
{text}
</div>
    </td>
  </tr>
  <tr><td class="editor" align="right">编辑：hefan</td></tr>
  <tr><td class="tools" align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
  <tr><td class="pager">上一篇：<a href="/zwgk/zwdt/202401/t20240118_3301.shtml">咸安一场盛宴享浓浓年味情</a><br />下一篇：<a href="/zwgk/zwdt/202401/t20240119_3305.shtml">咸安区召开2024年安全生产工作会议</a></td></tr>
</table>
<!-- 页脚 -->
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td align="center">
    <a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a><br />
    主办：咸安区人民政府办公室&nbsp;&nbsp;承办：咸安区政务服务和大数据管理局<br />
    版权所有 &copy; 咸安区人民政府&nbsp;&nbsp;网站标识码：4212020000&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">鄂ICP备00000002号</a>&nbsp;&nbsp;鄂公网安备 42120202000002号<br />
    <span id="_ideConac"><img src="/images/red.png" alt="党政机关"></span>
  </td></tr>
</table>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon'%3E%3C/span%3E"));</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 3. taiwan-big5.html — seed 001 (traditional) on a Taiwanese-style portal, Big5 bytes, declared.
# ---------------------------------------------------------------------------------------------

PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
MOJIBAKE_001 = [("?!闭诖蚱古仪虻腻X", "！”正在打乒乓球的錢"), ("?!毙^", "。”小"), ("?!痹趧P旋", "。”在凱旋")]


def taiwan_big5():
    raw = PINYIN.sub("", seed("001"))
    for bad, good in MOJIBAKE_001:
        assert bad in raw, bad
        raw = raw.replace(bad, good)
    src = lines(raw)
    title = "凱旋社區黨建引領聚合力 多元共治“向民心”"
    body = between(src, "荊楚網(湖北日報網)訊", "在黨建引領多方聯動的強大動力下")
    parts = []
    for line in body:
        if line.endswith("供圖"):
            n = len(parts)
            parts.append(f'<figure class="photo"><img src="https://img.cstnews.example/2024/08/15/kx{n:02d}.jpg" alt="{title}" loading="lazy">'
                         f'<div class="pic-desc">{line}</div></figure>')
        elif len(line) <= 20 and "。" not in line:
            parts.append(f"<h3>{line}</h3>")
        else:
            parts.append(f"<p>{line}</p>")
    article = "\n".join(parts)
    related = [
        "十堰紅衛街道踐行共同締造理念 繪就幸福美好新篇章",
        "湖北十堰：老舊小區加裝電梯 推動養老變「享老」",
        "武漢武昌何家壟社區共同締造 築牢安全「防火牆」",
        "咸寧溫泉街道「桂鄉管家」織密基層治理網格",
    ]
    related_html = "\n".join(f'<li><a href="/news/2024081{5 - i}/{880120 - i}.html">{t}</a></li>' for i, t in enumerate(related))
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{title} | 兩岸新聞網</title>
<meta name="description" content="荊楚網(湖北日報網)訊 凱旋社區堅持以黨建為引領，秉承多元共治的理念。">
<meta property="og:site_name" content="兩岸新聞網">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/css/main.css?v=20240801">
<style>
header.site{{background:#0b3d91;color:#fff}} .pic-desc{{font-size:14px;color:#666;text-align:center}}
.sr-only{{position:absolute;left:-9999px}}
</style>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-XXXX"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
</head>
<body>
<header class="site">
  <div class="logo"><a href="/">兩岸新聞網</a></div>
  <nav><ul><li><a href="/">首頁</a></li><li><a href="/politics/">政治</a></li><li><a href="/cross-strait/">兩岸</a></li><li><a href="/china/">大陸</a></li><li><a href="/intl/">國際</a></li><li><a href="/life/">生活</a></li><li><a href="/video/">影音</a></li></ul></nav>
  <form class="search" action="/search"><input type="text" name="q" placeholder="搜尋新聞"><button>搜尋</button></form>
</header>
<div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/china/">大陸</a> &gt; 地方新聞</div>
<main>
<article class="news">
  <header>
    <h1>{title}</h1>
    <div class="meta"><span class="date">發布時間：2024/08/15 10:32</span> <span class="src">來源：荊楚網</span></div>
    <div class="font-size">【字號：<a href="#" data-size="l">大</a> <a href="#" data-size="m">中</a> <a href="#" data-size="s">小</a>】</div>
  </header>
  <div class="article-content">
{article}
  </div>
  <p class="editor">責任編輯：林怡君</p>
  <div class="share">分享到：<a href="#" class="fb">Facebook</a> <a href="#" class="line">LINE</a> <a href="#" class="tw">X</a> <a href="#" class="copy">複製連結</a></div>
  <span class="sr-only">本新聞由兩岸新聞網整理提供</span>
</article>
<aside class="related">
  <h2>相關新聞</h2>
  <ul>
{related_html}
  </ul>
</aside>
<section class="comments">
  <h2>網友評論</h2>
  <div class="comment"><b>阿明</b><time>2024/08/15 12:05</time><p>社區醫療上門服務很實用，台灣偏鄉也很需要這樣的做法。</p></div>
  <div class="comment"><b>小美媽媽</b><time>2024/08/15 18:47</time><p>帶孩子去養老院表演很有意義，老人家一定很開心。</p></div>
</section>
</main>
<div class="ad" id="ad-bottom"><!-- 廣告版位 --><ins class="adsbygoogle" data-ad-slot="1234567890"></ins><script>(adsbygoogle=window.adsbygoogle||[]).push({{}});</script></div>
<footer class="site">
  <p><a href="/about">關於我們</a> | <a href="/privacy">隱私權政策</a> | <a href="/contact">聯絡我們</a></p>
  <p>Copyright &copy; 2024 兩岸新聞網 版權所有，未經授權不得轉載</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 4. split-divs.html — seed 003, the body in two sibling divs around an ad block, ▲ captions.
# ---------------------------------------------------------------------------------------------

def split_divs():
    src = lines(seed("003"))
    title = "幸福武昌 共同缔造丨何家垅社区：共建共治筑牢安全“防火墙”"
    body = between(src, "近期大成武昌推出", "下一步,何家垅社区将继续运用")
    cut = next(i for i, line in enumerate(body) if line.startswith("“现在这么一修剪"))

    def render(items, offset):
        out = []
        for i, line in enumerate(items):
            if line.startswith("▲"):
                out.append(f'<p style="text-align:center"><img src="/uploads/2023/12/hjl_{offset + i:02d}.jpg" width="640" /></p>\n<p>{line}</p>')
            else:
                out.append(f"<p>{line}</p>")
        return "\n".join(out)

    slogans = between(src, "从“旁观者”到“参与者”", "武昌社区治理新格局")
    return f"""<!doctype html>
<html>
<head>
<meta charset="UTF-8">
<title>{title}-武昌发布</title>
<meta name="publishdate" content="2023-12-20">
<meta name="source" content="大成武昌">
<link rel="stylesheet" href="/static/css/detail.css">
<style>.part2{{margin-top:0}} .adbox{{margin:20px 0;text-align:center}}</style>
</head>
<body>
<div id="header">
  <div class="logo"><img src="/static/img/logo.png" alt="武昌发布"></div>
  <ul class="menu"><li><a href="/">首页</a></li><li><a href="/news/">武昌要闻</a></li><li><a href="/jd/">街道动态</a></li><li><a href="/gtdz/">共同缔造</a></li><li><a href="/ms/">民生服务</a></li></ul>
</div>
<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/gtdz/">共同缔造</a> &gt; 正文</div>
<div class="detail">
  <h1 class="detail-title">{title}</h1>
  <div class="detail-info">
    <span>2023-12-20 16:08</span><span>来源：大成武昌</span><span>阅读：<b id="readnum">0</b></span>
  </div>
  <div class="banner"><img src="/uploads/2023/12/hjl_banner.jpg" alt="{"".join(slogans)}"></div>
  <div class="content part1">
{render(body[:cut], 0)}
  </div>
  <div class="adbox">
    <!-- ad start -->
    <a href="https://ad.wcfabu.example/c?id=77" target="_blank"><img src="/uploads/ad/wc_expo_640x100.jpg" alt=""></a>
    <p class="ad-text">广告 · 2023武昌文旅消费季 惊喜好礼等你来拿</p>
    <!-- ad end -->
  </div>
  <div class="content part2">
{render(body[cut:], cut)}
  </div>
  <p class="detail-editor">（编辑：周倩）</p>
  <div class="share">分享到：<a class="s-wx">微信</a><a class="s-wb">微博</a></div>
</div>
<div class="related-box">
  <h3>相关新闻</h3>
  <ul>
    <li><a href="/gtdz/2023/1215/1201.html">幸福武昌 共同缔造丨首义路街道：小巷“微更新”唤醒老街新活力</a></li>
    <li><a href="/gtdz/2023/1208/1188.html">幸福武昌 共同缔造丨水果湖街道：共享菜园种出邻里情</a></li>
    <li><a href="/gtdz/2023/1201/1175.html">幸福武昌 共同缔造丨积玉桥街道：楼栋议事会议出“停车新秩序”</a></li>
  </ul>
</div>
<div id="footer">
  <p>主办：中共武昌区委宣传部 &nbsp; 联系电话：027-00000003</p>
  <p>Copyright &copy; 2023 武昌发布 All Rights Reserved &nbsp; <a href="https://beian.miit.gov.cn/">鄂ICP备00000003号</a> &nbsp; 鄂公网安备 42010602000003号</p>
</div>
<script src="/static/js/jquery.min.js"></script>
<script>$(function(){{ $.get('/api/read?id=1212', function(d){{ $('#readnum').text(d.n); }}); }});</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 5. long-related.html — seed 004 article 1; the related list and comments outweigh the body.
# ---------------------------------------------------------------------------------------------

def article_004(first, last, drop=()):
    """Article lines from seed 004, with paragraphs the e-paper layout broke mid-word joined.

    A line is a fragment when it is a sentence (holds a comma or colon) that does not end in
    closing punctuation; it is joined with the next line. Lines in `drop` (a photo caption set
    inside a broken sentence) are left out; the caller places them.
    """
    items = [line for line in between(lines(seed("004")), first, last) if line not in drop]
    joined = []
    for line in items:
        prev = joined[-1] if joined else ""
        if prev and not prev.startswith("■") and prev[-1] not in "。！？”…)" and ("," in prev or ":" in prev):
            joined[-1] = prev + line
        else:
            joined.append(line)
    return joined


def long_related():
    title = "六堰社区基层治理稳步推进"
    subtitle = "民生“小切口”解决社区“微实事”"
    body = article_004("声声民意入耳", "走进六堰社区")
    parts = []
    for line in body:
        if line.startswith("■"):
            parts.append(f'<p class="byline">{line}</p>')
        elif line.startswith("锦华苑小区组织家长"):
            parts.append('<figure class="wp-block-image"><img src="/wp-content/uploads/2022/11/liuyan-01.jpg" alt="" width="800" height="533">'
                         f'<figcaption>{line}</figcaption></figure>')
        elif len(line) <= 30 and "。" not in line:
            parts.append(f"<h3>{line}</h3>")
        else:
            parts.append(f"<p>{line}</p>")
    article = "\n".join(parts)
    teasers = [
        ("花盆“风波”", "车城路街道镜潭社区一居民的盆栽在燃气施工中被挪动，花盆开裂引发纠纷，社区工作人员和民警耐心调解，施工方赔偿150元后双方握手言和。"),
        ("产科“孕期管家”陪诊 为产妇“好孕”护航", "十堰市妇幼保健院在孕产保健部三楼设立产科VIP门诊，“孕期管家”全程陪诊，专家一对一接诊，为孕妈提供便捷、舒适、专业的医疗体验。"),
        ("十堰市张湾区红卫街道践行共同缔造理念 绘就幸福美好新篇章", "从老旧小区改造到十五分钟便民服务圈，从暑期托幼班到“能人帮帮团”，红卫街道让居民共享改革发展成果，幸福感与获得感持续提升。"),
        ("汉江路街道：老旧小区加装电梯 托起居民“幸福梦”", "汉江路街道多个老旧小区启动加装电梯工作，社区组织宣传会、协调会，帮助居民算清“明白账”，让高楼层老人出行不再难。"),
        ("张湾区开展“一老一小”主题游园会 邻里欢聚其乐融融", "游园会设置了套圈、猜灯谜、亲子手工等项目，老人和孩子们在互动中增进感情，现场欢声笑语不断，社区大家庭的氛围浓厚。"),
        ("金阳小区共同缔造：下沉党员当起“领头羊”", "在金阳小区，下沉党员主动认领服务岗位，与居民一起议事、一起动手，解决了停车难、照明差等多年难题，小区面貌焕然一新。"),
        ("锦华苑小区“小木屋”建成 居民休憩有了好去处", "社区在锦华苑小区建设便民休憩“小木屋”，配备座椅、书架和应急药箱，成为居民纳凉聊天、邻里互助的新场所。"),
        ("黄石路供水管网改造完工 3500余名居民告别低水压", "历时两个月，黄石路3000米供水管网改造全面完工，沿线多个小区高峰时段水压不足的问题得到解决，居民用水更加放心。"),
        ("六堰社区为22对老年夫妇拍摄婚纱纪念照", "社区联系志愿摄影师，为辖区22对结婚多年的老年夫妇拍摄婚纱照，不少老人第一次穿上婚纱，笑得合不拢嘴。"),
        ("十堰市持续深化党建引领基层治理 打通服务群众“最后一米”", "全市各社区以党建邻里中心为阵地，推动“一站式”便民服务进小区，让群众办事少跑腿、有地方说事、有人管事。"),
        ("车城路街道：网格员走访入户 收集民生诉求300余条", "街道组织网格员开展“敲门行动”，逐户了解居民急难愁盼问题，建立台账、限时办结，办结率达到95%以上。"),
        ("“补贴快办”让困难群众少跑腿", "社区工作人员上门为行动不便的困难群众办理各类补贴申请，材料一次收齐、结果上门反馈，受到群众一致好评。"),
        ("茅箭区五堰街道：“红色物业”让老旧小区旧貌换新颜", "街道引导小区成立党支部和业委会，引入红色物业服务企业，对楼道、路面、绿化进行整体提升，居民物业费收缴率明显提高。"),
        ("十堰城区今年完成老旧小区改造126个 惠及居民2.3万户", "市住建部门介绍，今年城区老旧小区改造聚焦水电气路等基础设施，同步推进加装电梯和适老化改造，改造项目将于年底前全部完工。"),
        ("汉江路街道开展“敲门问需”活动 把服务送到居民家门口", "街道组织社区干部、网格员、志愿者组成服务小分队，带着政策清单走进居民家中，现场解答社保、医保、养老等方面的疑问。"),
        ("社区里的“周末课堂”开课啦 大学生志愿者陪孩子过周末", "湖北医药学院、湖北汽车工业学院的大学生志愿者走进社区，为双职工家庭的孩子辅导作业、开展科普实验和体育游戏。"),
        ("小区议事会议出停车“新规矩” 居民自治解决老难题", "针对小区车位紧张、乱停乱放问题，居民代表召开多次议事会，共同商定停车公约，划定临时车位，停车秩序明显好转。"),
        ("十堰启动“最美社区工作者”评选 30名候选人事迹公示", "评选活动面向全市各社区一线工作者，候选人中既有扎根社区二十余年的老书记，也有刚参加工作就冲在一线的年轻网格员。"),
    ]
    related_html = "\n".join(
        f'      <li><a href="/2022/11/{i + 1:02d}/news-{3300 + i}/" rel="bookmark">{t}</a><p class="excerpt">{s}</p></li>'
        for i, (t, s) in enumerate(teasers))
    comments = [
        ("六堰老住户", "2022年11月3日 10:21", "我们锦华苑的小木屋建好以后，每天下午都有老人在那里下棋聊天，比以前热闹多了，感谢社区！"),
        ("汉江路居民小王", "2022年11月3日 11:05", "天沐园加装电梯的事盼了好几年了，宣传会我也去了，希望明年能用上，我家老人住七楼实在太难了。"),
        ("十堰网友2290", "2022年11月3日 13:47", "黄石路的水管改造后水压确实上来了，以前一到晚上做饭热水器都打不着火。"),
        ("叶子", "2022年11月3日 16:32", "社区工作人员真的很辛苦，周末还在小区里组织活动，给孩子们准备的涂鸦轮胎现在还摆在楼下，很好看。"),
        ("车城老街坊", "2022年11月4日 08:10", "给老年夫妇拍婚纱照这个创意太暖心了，我爸妈也想报名，不知道还有没有名额？"),
        ("路过的网友", "2022年11月4日 09:58", "基层治理就是要多办这样的小事实事，点赞六堰社区，希望其他社区也学一学。"),
        ("金阳小区业主", "2022年11月4日 12:26", "下沉党员来我们小区以后，路灯修好了，楼道里的杂物也清走了，大家心里都有数，这是实实在在干出来的。"),
        ("爱跑步的老李", "2022年11月4日 19:40", "建议社区在邻里中心旁边再装几个健身器材，早上锻炼的老人越来越多，现在的器材有点不够用。"),
        ("天沐园的小张", "2022年11月5日 07:52", "加装电梯最难的是低楼层住户的意见，社区一户一户上门做工作，真的不容易，为社区工作人员点赞。"),
        ("城市漫步者", "2022年11月5日 21:15", "文章里说的“补贴快办”我去年给我妈办过，社区的同志上门收材料，一次就办好了，确实方便。"),
    ]
    comments_html = "\n".join(
        f'      <li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{u}</b> <time>{t}</time></footer>'
        f'<div class="comment-content"><p>{c}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">回复</a></div></article></li>'
        for u, t, c in comments)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; 车城生活网</title>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.0.3" media="all">
<link rel="stylesheet" id="newsup-style-css" href="/wp-content/themes/newsup/style.css?ver=6.0.3" media="all">
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2022-11-03T09:12:00+08:00","dateModified":"2022-11-03T09:40:21+08:00","author":[{{"@type":"Person","name":"王琪"}}],"publisher":{{"@type":"Organization","name":"车城生活网"}},"isBasedOn":"十堰晚报"}}
</script>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.6.0" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-3288 single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header">
  <div class="site-branding"><p class="site-title"><a href="/" rel="home">车城生活网</a></p><p class="site-description">十堰身边事 生活好帮手</p></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">首页</a></li><li><a href="/category/local/">本地</a></li><li><a href="/category/community/">社区</a></li><li><a href="/category/life/">生活</a></li><li><a href="/category/health/">健康</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div class="ad ad-top"><a href="https://ad.chechengsh.example/go/12"><img src="/wp-content/uploads/ad/house-960x90.gif" alt=""></a></div>
<nav class="breadcrumbs"><a href="/">首页</a> » <a href="/category/community/">社区</a> » {title}</nav>
<main id="primary" class="site-main">
<article id="post-3288" class="post-3288 post type-post status-publish format-standard hentry category-community">
  <header class="entry-header">
    <h1 class="entry-title">{title}</h1>
    <h2 class="entry-subtitle">{subtitle}</h2>
    <div class="entry-meta"><span class="posted-on">发布时间：<time class="entry-date published" datetime="2022-11-03T09:12:00+08:00">2022-11-03 09:12</time></span> <span class="source">来源：十堰晚报</span> <span class="comments-link"><a href="#comments">10条评论</a></span></div>
  </header>
  <div class="entry-content">
{article}
  </div>
  <footer class="entry-footer">
    <span class="cat-links">分类：<a href="/category/community/" rel="category tag">社区</a></span>
    <span class="tags-links">标签：<a href="/tag/jiceng/" rel="tag">基层治理</a>、<a href="/tag/gongtong/" rel="tag">共同缔造</a></span>
    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div>
  </footer>
</article>
<section class="related-posts">
  <h3 class="related-title">相关新闻</h3>
  <ul>
{related_html}
  </ul>
</section>
<div id="comments" class="comments-area">
  <h3 class="comments-title">网友评论（10）</h3>
  <ol class="comment-list">
{comments_html}
  </ol>
  <div id="respond" class="comment-respond"><h3 class="comment-reply-title">发表评论</h3><form><textarea name="comment" placeholder="说点什么吧……"></textarea><input type="submit" value="发表评论"></form></div>
</div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">热门文章</h2><ul><li><a href="/2022/10/30/news-3251/">十堰今冬供暖时间确定</a></li><li><a href="/2022/10/29/news-3240/">武当山景区门票优惠延续至年底</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer">
  <div class="site-info">Copyright &copy; 2022 车城生活网 版权所有 | <a href="https://beian.miit.gov.cn/">鄂ICP备00000004号-2</a> | 鄂公网安备 42030302000004号 | Powered by WordPress</div>
</footer>
</div>
<script>/* <![CDATA[ */ var newsup_ajax = {{"ajax_url":"\\/wp-admin\\/admin-ajax.php"}}; /* ]]> */</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 6. wechat-article.html — seed 004 article 3 as a WeChat official-account article.
# ---------------------------------------------------------------------------------------------

def wechat_article():
    title = "产科“孕期管家”陪诊 为产妇“好孕”护航"
    series = "“惠民生护健康，我为群众办实事”系列报道"
    caption = "市妇幼保健院孕产保健部为孕产妇提供安心、舒适、温馨的服务。"
    body = article_004("■文、图/记者 韩玉砚", "“生命是一场奇妙的旅程", drop=(caption,))
    span = 'style="font-size: 15px;letter-spacing: 1px;"'
    parts = [f'<section style="text-align: center;"><span style="color: rgb(0, 82, 255);font-size: 14px;"><strong>{series}</strong></span></section>',
             '<section style="text-align: center;"><span style="font-size: 14px;">十堰市妇幼保健院</span></section>',
             '<p><br></p>']
    for line in body:
        if line == caption:
            parts.append('<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.example/mmbiz_jpg/aBcD/640?wx_fmt=jpeg" '
                         'data-ratio="0.6667" data-w="1080" style="width: 100%;"></p>')
            parts.append(f'<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">{line}</span></p>')
        elif line.startswith("■"):
            parts.append(f'<p><span style="font-size: 14px;color: rgb(136, 136, 136);">{line}</span></p>')
        else:
            parts.append(f'<p style="text-indent: 2em;"><span {span}>{line}</span></p>')
    # The photo sat inside the sentence "在孕检过程中,专家团队 / [photo] / 将对检查…"; the
    # joined paragraph keeps the sentence whole, so the photo goes after it.
    if caption not in body:
        idx = next(i for i, p in enumerate(parts) if "专家团队将对检查" in p)
        parts[idx + 1:idx + 1] = [
            '<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.example/mmbiz_jpg/aBcD/640?wx_fmt=jpeg" '
            'data-ratio="0.6667" data-w="1080" style="width: 100%;"></p>',
            f'<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">{caption}</span></p>']
    parts += ['<p><br></p>',
              '<section style="text-align: center;"><strong><span style="font-size: 16px;color: rgb(255, 104, 39);">为民办实事<br>我们在行动</span></strong></section>',
              '<p><br></p>',
              '<p style="text-align: right;"><span style="font-size: 12px;color: rgb(136, 136, 136);">编辑：陈露</span></p>',
              '<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.example/mmbiz_gif/qrcode/0?wx_fmt=gif" style="width: 100%;"></p>',
              '<p style="text-align: center;"><span style="font-size: 12px;">长按识别二维码 关注我们</span></p>']
    content = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{title}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA4MDAwMDAwMA==&amp;mid=2650000001&amp;idx=3&amp;sn=0a1b2c3d">
<meta property="og:description" content="所有孕妈都由“孕期管家”陪诊">
<meta property="twitter:card" content="summary">
<title>{title}</title>
<style>.rich_media_content{{overflow:hidden;color:#333;font-size:17px;word-wrap:break-word;text-align:justify}} #js_pc_qr_code{{display:none}}</style>
<script nonce="58213">var biz = "MzA4MDAwMDAwMA==" || ""; var sn = "0a1b2c3d" || ""; var mid = "2650000001" || ""; var idx = "3" || "";
var nickname = htmlDecode("十堰晚报"); var msg_title = '{title}'.html(false); var ct = "1723456500"; var publish_time = "2024-08-12" || "";
var round_head_img = "http://wx.qlogo.example/mmhead/0/132";</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg">
<div id="js_article" class="rich_media">
  <div class="rich_media_inner">
    <div id="page-content" class="rich_media_area_primary">
      <div class="rich_media_area_primary_inner">
        <h1 class="rich_media_title" id="activity-name">
          {title}
        </h1>
        <div id="meta_content" class="rich_media_meta_list">
          <span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
          <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">
                        十堰晚报                      </a></span>
          <span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-08-12 17:55</em></span>
          <em id="js_ip_wording_wrp" class="rich_media_meta_text" style="display:none">发表于<span id="js_ip_wording">湖北</span></em>
        </div>
        <div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
{content}
        </div>
        <div class="rich_media_tool" id="js_toobar3">
          <div class="weui-flex"><a id="js_view_source" href="##">阅读原文</a> <span id="readNum3">阅读 2381</span></div>
          <div class="like_area"><button id="like3">赞 <span id="likeNum3">36</span></button> <button id="js_share">分享</button> <button id="js_like_wording">在看</button></div>
        </div>
        <div class="rich_media_extra" id="js_cmt_area">
          <div class="discuss_container"><h2>留言</h2>
            <ul class="discuss_list">
              <li class="discuss_item"><strong class="nickname">小雨点</strong><div class="discuss_message_content">上个月刚在这里建档，孕期管家真的很贴心，报告都不用自己跑着拿。</div><div class="discuss_extra_info">湖北 8月12日 <span>赞 12</span></div></li>
              <li class="discuss_item"><strong class="nickname">十堰宝妈</strong><div class="discuss_message_content">陪伴分娩太好了，生二宝的时候老公全程都在身边。</div><div class="discuss_extra_info">湖北 8月13日 <span>赞 5</span></div></li>
            </ul>
          </div>
        </div>
      </div>
    </div>
    <div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div>
  </div>
</div>
<script nonce="58213">window.__appmsgCgiData = {{ "nick_name": "十堰晚报", "create_time": "1723456500" }};</script>
<script nonce="58213" src="https://res.wx.qq.example/mmbizappmsg/zh_CN/htmledition/js/appmsg.js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 7. saved-no-html-tag.html — a page saved without its <html> start tag (invented text).
# ---------------------------------------------------------------------------------------------

INVENTED_STORY = [
    "本报讯（记者 林晓岚）",
    "连日来，江城多个社区开展“邻里节”活动，居民们自发组织书画展、义诊和旧物交换，吸引了数千名街坊参与。",
    "活动期间，志愿者为老人测量血压、讲解防诈骗知识，还为社区里的孩子们准备了手工课和绘本阅读，现场气氛热烈。",
    "社区负责人介绍，今年的活动首次引入居民议事会，由居民自己提出需求、商量方案，共收集意见一百二十余条。",
    "不少居民表示，希望这样的活动能够常态化开展，让邻里之间多一些走动，多一些温暖。",
]


def saved_no_html_tag():
    title = "江城社区邻里节拉近街坊距离"
    paragraphs = "\n".join(f"<p>{line}</p>" for line in INVENTED_STORY)
    return f"""<!-- saved from url=(0042)https://news.example.cn/2024/0512/a1.html -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}_江城新闻网</title>
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{title}","datePublished":"2024-05-12T01:30:00.000Z"}}</script>
</head>
<body>
<div class="topbar"><a href="/">首页</a> <a href="/city/">城事</a> <a href="/epaper/">数字报</a></div>
<div class="main">
<h1>{title}</h1>
<div class="info">2024年05月12日 来源：江城新闻网</div>
<div class="article-content">
{paragraphs}
</div>
<div class="footer">江城新闻网版权所有 未经授权禁止转载</div>
</div>
</body>
"""


# ---------------------------------------------------------------------------------------------
# 8. teaser-stream.html — a short story beside a stream of teasers with long summaries (invented).
# ---------------------------------------------------------------------------------------------

def teaser_stream():
    title = "山城轨道交通新线开通试运营"
    story = [
        "（本网讯）山城轨道交通九号线一期今天上午开通试运营，线路全长二十公里，设站十五座。",
        "新线连接城北新区与老城商圈，开通后两地通勤时间由一小时缩短至半小时左右。",
        "运营方表示，试运营初期行车间隔为六分钟，早晚高峰将视客流情况加开列车。",
        "首日乘客络绎不绝，不少市民专程前来体验。",
    ]
    teaser_summary = ("夏季来临，气温升高，不少人喜欢吃冷饮、喝冰水，专家提醒，过量食用生冷食物容易损伤脾胃，"
                      "出现腹痛、腹泻、食欲不振等症状；老人、儿童和肠胃功能较弱的人群更要注意，"
                      "应当少量多次、细嚼慢咽，避免在大量运动后立即饮用冰水；此外，剩饭剩菜要及时冷藏，"
                      "食用前充分加热，瓜果要洗净，生熟分开，以免病从口入，")
    teasers = []
    for number, (headline, summary) in enumerate([
            ("夏季饮食要当心 专家支招养护脾胃", teaser_summary * 3),
            ("周末去哪儿？城郊五处赏花好去处", "城郊的花海进入最佳观赏期，记者走访了五处景点，为你整理了交通和门票信息。"),
            ("家门口的篮球场升级改造完成", "经过两个月施工，滨江公园的篮球场完成改造，新铺设的塑胶场地今天起向市民开放。")], start=1):
        teasers.append(f'<li class="stream-item"><div class="item-content"><div class="provider">城市生活·{number} 小时前</div>'
                       f'<h4><a href="/story/{number}.html">{headline}</a></h4><p class="summary">{summary}</p></div></li>')
    paragraphs = "\n".join(f"<p>{line}</p>" for line in story)
    stream = "\n".join(teasers)
    return f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<title>{title} - 山城新闻</title>
<meta name="description" content="{story[0]}">
<meta property="og:title" content="{title}">
</head>
<body>
<div id="app">
<header><a href="/">山城新闻</a> <a href="/local/">本地</a> <a href="/life/">生活</a></header>
<article class="story">
<h1>{title}</h1>
<div class="byline"><time datetime="2024-05-20T06:05:02.000Z">2024年5月20日 下午2:05</time></div>
<div class="story-body">
{paragraphs}
</div>
</article>
<aside class="more-for-you"><h3>为你推荐</h3><ul class="stream">
{stream}
</ul></aside>
<footer>© 山城新闻 版权所有</footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 9. headers/*.html — one small page per header failure class (invented text).
# ---------------------------------------------------------------------------------------------

HEADER_BODY = ('<div class="content"><p>江城市防汛抗旱指挥部昨日召开全市防汛工作会议，分析研判今年汛期形势，部署各项防汛准备工作。</p>'
               '<p>会议要求各区各部门压实责任，加强隐患排查，做好物资储备和应急演练，确保安全度汛。</p></div>')


def header_pages():
    headline = "江城市召开防汛工作会议部署今年任务"
    return {
        "site-name-h1.html": f"<html><head><meta charset=\"utf-8\"><title>欢迎访问江城市人民政府网站</title></head><body>"
                             f"<h1>江城市人民政府</h1><h2>{headline}</h2>{HEADER_BODY}</body></html>\n",
        "bare-dash-suffix.html": f"<html><head><meta charset=\"utf-8\"><title>{headline}-江城财经</title></head><body>"
                                 f"<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/stock/\">股票</a></div>{HEADER_BODY}</body></html>\n",
        "site-name-title.html": f"<html><head><meta charset=\"utf-8\"><title>江城新闻网</title></head><body><div class=\"logo\">江城新闻网</div>"
                                f"<div class=\"title\">{headline}</div><div class=\"info\">2024-05-13 10:41:27 来源：江城日报</div>{HEADER_BODY}</body></html>\n",
        "table-dateline.html": f"<html><head><meta charset=\"utf-8\"><title>{headline} - 江城新闻网</title></head><body><table width=\"760\">"
                               f"<tr><td><font size=\"4\"><b>{headline}</b></font></td></tr><tr><td align=\"center\"><font color=\"#666666\">2006年03月14日09:05</font></td></tr>"
                               f"<tr><td>{HEADER_BODY}</td></tr></table></body></html>\n",
        "written-date.html": f"<html><head><meta charset=\"utf-8\"><title>关于印发防汛工作方案的通知</title></head><body><h1>关于印发防汛工作方案的通知</h1>"
                             f"<table><tr><td>成文日期：2024年05月10日</td><td>发布日期：2024年05月13日</td></tr></table>{HEADER_BODY}</body></html>\n",
    }


# ---------------------------------------------------------------------------------------------
# 10. hk-daily-chrome.html — a Hong Kong daily's page and its chrome (invented text).
# ---------------------------------------------------------------------------------------------

def hk_daily_chrome():
    title = "東區海濱長廊延伸段下月開放"
    story = [
        "【本報訊】東區海濱長廊延伸段工程接近完成，康文署表示，新建的一點二公里步道將於下月中旬開放，市民可由北角步行至鰂魚涌。",
        "署方指，新路段設有緩跑徑、休憩座椅及觀景台，並種植逾三百棵樹木，晚間亦有照明，方便市民晚飯後散步。",
        "區議員歡迎工程完成，但認為洗手間及飲水機數目不足，促請當局在開放前增設設施，並加強清潔及管理。",
        "有晨運人士表示，期待新路段開放，以後可以沿海邊一直走，不用再繞道馬路，既安全又舒服。",
    ]
    paragraphs = "\n".join(f"<p>{line}</p>" for line in story)
    return f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<title>{title}｜港聞｜東方日報網</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="東方日報網">
</head>
<body>
<div class="top"><a href="/">首頁</a> <a href="/news/">新聞</a> <a href="/finance/">財經</a> <a href="/ent/">娛樂</a></div>
<div class="main">
<div class="crumb"><a href="/">首頁</a> &gt; <a href="/news/hk/">港聞</a></div>
<h1>{title}</h1>
<div class="meta">2024年05月20日 星期一 <span class="fontsize">字體：大 中 小</span></div>
<div class="article-body">
{paragraphs}
<p class="tags">#海濱長廊 #東區 #康文署</p>
<p>即時掌握港聞動向，立即下載東方日報App：https://bit.ly/odn-app</p>
<p>訂閱Telegram頻道，接收最新優惠情報：https://t.me/odn-offers</p>
</div>
<div class="related"><h3>延伸閱讀</h3><ul>
<li><a href="/n/1.html">觀塘海濱花園新增寵物公園</a></li>
<li><a href="/n/2.html">啟德跑道公園周末舉辦市集</a></li>
</ul></div>
<div class="shop"><h3>精選好物</h3><p>日本直送保溫杯 原價$399 特價$199</p><p>超輕便摺疊傘 HK$89 限時優惠</p></div>
<div class="comment-policy"><p>留言守則：本網站歡迎讀者留言，但請勿發表涉及人身攻擊、粗言穢語或違法的內容，本網站保留刪除留言的權利。</p></div>
</div>
<footer>東方日報網版權所有 © 2024</footer>
</body>
</html>
"""


if __name__ == "__main__":
    write("jingchu-portal.html", jingchu_portal())
    write("county-gbk.html", county_gbk(), "gbk")
    write("taiwan-big5.html", taiwan_big5(), "big5")
    write("split-divs.html", split_divs())
    write("long-related.html", long_related())
    write("wechat-article.html", wechat_article())
    write("saved-no-html-tag.html", saved_no_html_tag())
    write("teaser-stream.html", teaser_stream())
    write("hk-daily-chrome.html", hk_daily_chrome())
    for name, page in header_pages().items():
        write("headers/" + name, page)
    print("wrote", sorted(p.name for p in OUT.iterdir()))
