# An inventory report: classes with __slots__, sorting by several keys, grouping, and aligned text formatting.
class Item:
    __slots__ = ("sku", "name", "category", "qty", "price")
    def __init__(self, sku, name, category, qty, price):
        self.sku, self.name, self.category, self.qty, self.price = sku, name, category, qty, price
    @property
    def value(self):
        return self.qty * self.price
    def __repr__(self):
        return f"Item({self.sku!r})"

ROWS = """\
A100|Widget|tools|12|2.50
B200|Gadget|tools|0|10.00
C300|Apple|food|150|0.30
D400|Bread|food|8|2.25
E500|Hammer|tools|5|15.75
F600|Cheese|food|3|7.80
G700|Cable|electronics|40|1.99
H800|Charger|electronics|2|19.99"""

items = []
for line in ROWS.splitlines():
    sku, name, cat, qty, price = line.split("|")
    items.append(Item(sku, name, cat, int(qty), float(price)))

header = f"{'SKU':<5} {'Name':<8} {'Category':<12} {'Qty':>4} {'Price':>7} {'Value':>8}"
print(header)
print("-" * len(header))
for it in sorted(items, key=lambda i: (i.category, -i.value, i.name)):
    flag = " (out of stock)" if it.qty == 0 else " (low)" if it.qty < 5 else ""
    print(f"{it.sku:<5} {it.name:<8} {it.category:<12} {it.qty:>4} {it.price:>7.2f} {it.value:>8.2f}{flag}")
print("-" * len(header))

groups = {}
for it in items:
    groups.setdefault(it.category, []).append(it)
for cat in sorted(groups, key=lambda c: -sum(i.value for i in groups[c])):
    members = groups[cat]
    total = sum(i.value for i in members)
    print(f"{cat:<12} items={len(members)} units={sum(i.qty for i in members):>4} value={total:>8.2f} "
          f"avg price={sum(i.price for i in members) / len(members):6.2f}")
grand = sum(i.value for i in items)
print(f"{'TOTAL':<12} value={grand:,.2f} share of food={sum(i.value for i in groups['food']) / grand:.1%}")
print("restock:", [i.sku for i in items if i.qty < 5])
print("most valuable:", max(items, key=lambda i: i.value), "cheapest:", min(items, key=lambda i: (i.price, i.sku)))
try:
    items[0].colour = "red"
except AttributeError as e:
    print(type(e).__name__, e)
print("%-8s|%8.3f|%+d|%x|%5.1e" % ("pct", 12.34567, 5, 255, 12345.678))
