# Implementing all rich comparisons and sorting heterogeneous but comparable objects.
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def key(self):
        return (self.RANKS.index(self.rank), self.suit)
    def __eq__(self, o): return self.key() == o.key()
    def __ne__(self, o): return self.key() != o.key()
    def __lt__(self, o): return self.key() < o.key()
    def __le__(self, o): return self.key() <= o.key()
    def __gt__(self, o): return self.key() > o.key()
    def __ge__(self, o): return self.key() >= o.key()
    def __hash__(self): return hash(self.key())
    def __repr__(self): return self.rank + self.suit
hand = [Card(t) for t in "KH 2C TD AS 2D KH".split()]
print(sorted(hand), max(hand), min(hand), len(set(hand)))
print(Card("AS") > Card("KH"), Card("2C") <= Card("2D"), Card("TD") == Card("TD"), Card("3C") != Card("3C"))
print(sorted(hand, reverse=True)[:3], hand.count(Card("KH")), hand.index(Card("TD")))
