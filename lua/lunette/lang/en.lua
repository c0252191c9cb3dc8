-- English language data: stopwords and abbreviations (without the final period).
return {
  months = {
    january = 1, jan = 1, february = 2, feb = 2, march = 3, mar = 3, april = 4, apr = 4,
    may = 5, june = 6, jun = 6, july = 7, jul = 7, august = 8, aug = 8, september = 9,
    sep = 9, sept = 9, october = 10, oct = 10, november = 11, nov = 11, december = 12, dec = 12,
  },
  -- weekdays (Monday 1) and their abbreviations ("Wed 30 Oct 2024")
  weekdays = { monday = 1, tuesday = 2, wednesday = 3, thursday = 4, friday = 5, saturday = 6, sunday = 7 },
  weekday_abbrevs = { mon = 1, tue = 2, tues = 2, wed = 3, thu = 4, thur = 4, thurs = 4, fri = 5, sat = 6, sun = 7 },
  today = { "today", "yesterday" },
  stopwords = {
    "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by",
    "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
    "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
    "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
    "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
    "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "said", "same",
    "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
    "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
    "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
    "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
    "according", "may", "might", "must", "its", "it's", "don't", "won't", "can't",
  },
  abbreviations = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Ft", "Jr", "Sr", "Gen", "Col", "Lt", "Sgt", "Capt", "Gov",
    "Sen", "Rep", "Rev", "U.S", "U.K", "U.N", "e.g", "i.e", "vs", "Inc", "Ltd", "Co",
    "Corp", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "a.m", "p.m", "approx", "est", "Fig", "p", "pp",
  },
}
