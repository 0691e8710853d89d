/// Small pages written for these tests (no publisher's text): an article among the usual
/// site furniture, and pages that hold no article.
enum PageFixtures {
    static let paragraphs = [
        "The city council voted on Tuesday to close the old swimming baths on Mill Lane, ending a campaign that had run for three years.",
        "Councillor Jane Avery said the building needed repairs costing £4.2 million, more than the council could raise before the spring.",
        "Residents who had opposed the closure said they would ask the regional court to review the decision before the end of the month.",
        "A new leisure centre is planned for the north of the town, although no date has been set for the start of its construction.",
    ]

    static func article(head: String = defaultHead, bodyBefore: String = "") -> String {
        """
        <!DOCTYPE html>
        <html><head>\(head)</head>
        <body>
        <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
        <div class="cookie-banner">We use cookies to improve your experience on our site. By continuing you accept our use of cookies and our privacy policy.</div>
        \(bodyBefore)
        <main>
          <article>
            <h1>Council votes to close Mill Lane baths</h1>
            <div class="byline">By Sam Reporter, Local Democracy Reporter</div>
            <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> Share this article with a friend by email today</div>
            <figure><img src="baths.jpg"><figcaption>The baths opened in 1932 and have been closed for repairs several times since the war.</figcaption></figure>
            <div class="article-body">
              <p>\(paragraphs[0])</p>
              <p>\(paragraphs[1])</p>
              <div class="ad-slot">Advertisement</div>
              <p>\(paragraphs[2])</p>
              <p>\(paragraphs[3])</p>
            </div>
            <section class="comments"><h3>Comments</h3>
              <p>I have swum in those baths every week for forty years and I think this decision is a disgrace to the town.</p>
              <p>Good riddance, the building is falling apart and the money is better spent on the new centre up north.</p>
            </section>
          </article>
          <aside class="related"><h3>Related stories</h3><ul>
            <li><a href="/a">Town library to open on Sundays from next month after a long campaign by readers</a></li>
            <li><a href="/b">Bus fares rise again as the operator blames fuel costs and the loss of drivers</a></li>
          </ul></aside>
        </main>
        <footer><p>© 2024 The Daily Planet. All rights reserved. Registered in England and Wales, company number 123456.</p></footer>
        </body></html>
        """
    }

    static let defaultHead = """
        <meta charset="utf-8">
        <title>Council votes to close Mill Lane baths | The Daily Planet</title>
        <meta property="og:title" content="Council votes to close Mill Lane baths">
        <meta property="og:site_name" content="The Daily Planet">
        <meta property="article:published_time" content="2024-03-05T18:30:00+00:00">
        <meta name="author" content="Sam Reporter">
        <link rel="canonical" href="https://www.dailyplanet.example/news/2024/03/05/mill-lane-baths">
        """

    static let homePage = """
        <html><head><title>The Daily Planet | News, sport and weather</title></head><body>
        <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
        <ul>
        <li><a href="/1">Council votes to close Mill Lane baths after three-year campaign by residents</a></li>
        <li><a href="/2">Town library to open on Sundays from next month after a long campaign by readers</a></li>
        <li><a href="/3">Bus fares rise again as the operator blames fuel costs and the loss of drivers</a></li>
        </ul>
        <footer>© 2024 The Daily Planet</footer>
        </body></html>
        """
}
