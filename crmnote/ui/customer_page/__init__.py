"""One customer's page: header, advice, record tabs, timeline, scores, money and effort."""
