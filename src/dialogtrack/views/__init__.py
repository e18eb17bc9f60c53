"""Views: what a user asks of the stored meetings (timeline, upcoming, the selection of series and dates,
search), as functions over them."""
