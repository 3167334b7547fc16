# Non-ASCII identifiers: letters from many scripts, NFKC normalization, in attributes and keywords.
π = 3.14159
résumé = "cv"
名前 = "name"
Δx = 0.5
print(π, résumé, 名前, Δx)
def grüßen(wer):
    return f"Grüß {wer}"
print(grüßen("Gott"), grüßen.__name__)
class Ünïcode:
    ätt = "attribute"
    def méthode(self, ß=1):
        return self.ätt, ß
print(Ünïcode().méthode(ß=2), Ünïcode.__name__)
# NFKC: the ligature ﬁ and fullwidth letters normalize to ASCII
ﬁle = "normalized from a ligature"
print(file)
ｆｕｌｌ = "fullwidth"
print(full)
print("ﬁle" in dir(), "file" in dir())
# the Kelvin sign K normalizes to K, the micro sign to Greek mu
Kelvin = "Kelvin sign"
print(Kelvin)
µ = "micro sign"
print(μ)
d = dict(ключ="значение")
print(d, list(d)[0] == "ключ")
print(getattr(Ünïcode, "ätt"), hasattr(Ünïcode, "att"))
print("π".isidentifier(), "2π".isidentifier(), "a-b".isidentifier(), "_".isidentifier(), "℘".isidentifier())
for src in ["€ = 1", "a€ = 1", "1a = 2", "x² = 1"]:
    try:
        compile(src, "<id>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
