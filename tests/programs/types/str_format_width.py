# Width, fill and alignment count code points (not display columns): combining marks, wide CJK,
# emoji, and fills with non-ASCII characters, through format(), str methods and %-formatting.
samples = ["a", "é", "e\u0301", "日本", "🐍", "🐍🐍", "ﬁ", ""]
for s in samples:
    print(ascii(s), len(s), "[" + format(s, "<6") + "]", "[" + format(s, "^6") + "]", "[" + format(s, "→>6") + "]",
          "[" + s.center(6, "·") + "]", "[" + "%-6s" % s + "]", "[" + f"{s:_^7}" + "]")
print(format("日本語", ".2"), format("🐍abc", ".1"), "%.1s|%3.2s|" % ("é🐍", "日本語"), f"{'abc':.0}|")
print(format(12, "★>6"), format(-3.5, "→<8"), format(255, "中^10x"), f"{'x':\u00a0^5}|")
for bad in ("ab<5", "<<5"):
    try:
        format("s", bad)
    except ValueError as e:
        print(type(e).__name__, e)
