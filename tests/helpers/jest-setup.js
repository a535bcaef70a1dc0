// Runs before every suite. Only the jsdom suites (React pages) use Testing Library.
if (typeof document !== "undefined") {
  // Role queries over a whole page are slow in jsdom: one getByRole over the admin page's 35
  // member cards takes about a second here. With Testing Library's 1 s default, a findBy* that
  // first runs while a dialog is closing can time out on a busy CI machine before its second try.
  require("@testing-library/react").configure({ asyncUtilTimeout: 10000 });
}
