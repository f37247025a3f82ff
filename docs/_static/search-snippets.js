// Sphinx's search page shows, under each result, text from the page's main
// region, which in this theme also holds the header's buttons (the colour
// mode menu), the print-only table of contents and the links to the previous
// and next pages. Leave those out of the snippets. (Registered before
// searchtools.js registers its own start, so Search exists and has not run.)
document.addEventListener("DOMContentLoaded", () => {
  const pageText = Search.htmlToText;
  Search.htmlToText = (htmlString, anchor) => {
    const page = new DOMParser().parseFromString(htmlString, "text/html");
    for (const chrome of page.querySelectorAll(".bd-header-article, .onlyprint, .prev-next-footer")) {
      chrome.remove();
    }
    return pageText(page.documentElement.outerHTML, anchor);
  };
});
