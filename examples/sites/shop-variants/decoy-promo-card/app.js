// Pacts Mugs & Co: shared helpers for every page.
// All state lives in sessionStorage, so each fresh browser context starts empty.
(function () {
  "use strict";

  var KEYS = {
    user: "pactsShop.user",
    cart: "pactsShop.cart",
    order: "pactsShop.lastOrder",
    counter: "pactsShop.orderCounter"
  };

  // Demo accounts. The shop is static, so this "back end" is just a table.
  var USERS = {
    jane: { password: "secret123", displayName: "Jane" },
    bob: { password: "hunter2", displayName: "Bob" },
    locked: { password: "secret123", displayName: "Locked User", locked: true }
  };

  var PRODUCTS = [
    { id: "blue-mug", name: "Blue Mug", price: 12.0, blurb: "Stoneware, 350 ml, deep ocean glaze.", color: "#3b6fb6" },
    { id: "red-mug", name: "Red Mug", price: 14.0, blurb: "Stoneware, 350 ml, warm brick glaze.", color: "#c0453a" },
    { id: "green-teapot", name: "Green Teapot", price: 29.5, blurb: "Holds four cups. Removable steel infuser.", color: "#4f8a5b" },
    { id: "travel-flask", name: "Travel Flask", price: 18.0, blurb: "Keeps drinks hot for 12 hours.", color: "#6b7280" },
    { id: "espresso-cups", name: "Espresso Cup Pair", price: 16.0, blurb: "Two small cups with saucers.", color: "#8a5a3c" },
    { id: "coaster-set", name: "Cork Coaster Set", price: 8.5, blurb: "Six round coasters, natural cork.", color: "#c9a66b" }
  ];

  // Bundles shown in the catalog's promotion banner; they are not part of the product list or its search.
  var PROMOTIONS = [
    { id: "blue-mug-gift-set", name: "Blue Mug Gift Set", price: 24.0, blurb: "Two Blue Mugs and a tin of breakfast tea, boxed.", color: "#3b6fb6" }
  ];

  function read(key, fallback) {
    try {
      var raw = sessionStorage.getItem(key);
      return raw === null ? fallback : JSON.parse(raw);
    } catch (e) {
      return fallback;
    }
  }

  function write(key, value) {
    sessionStorage.setItem(key, JSON.stringify(value));
  }

  function money(amount) {
    return "$" + amount.toFixed(2);
  }

  function findProduct(id) {
    var all = PRODUCTS.concat(PROMOTIONS);
    for (var i = 0; i < all.length; i++) {
      if (all[i].id === id) return all[i];
    }
    return null;
  }

  // ----- account -----

  function login(username, password) {
    var name = (username || "").trim().toLowerCase();
    var account = USERS[name];
    if (!name || !password) return { ok: false, error: "Please enter your username and password." };
    if (!account || account.password !== password) return { ok: false, error: "Username or password is incorrect." };
    if (account.locked) return { ok: false, error: "Sorry, this account has been locked." };
    write(KEYS.user, { username: name, displayName: account.displayName });
    return { ok: true };
  }

  function currentUser() {
    return read(KEYS.user, null);
  }

  function logout() {
    sessionStorage.removeItem(KEYS.user);
    sessionStorage.removeItem(KEYS.cart);
    window.location.href = "index.html";
  }

  // Pages behind the login call this first; it sends visitors back to sign in.
  function requireUser() {
    var user = currentUser();
    if (!user) {
      window.location.replace("index.html");
      return null;
    }
    return user;
  }

  // ----- cart -----
  // The cart is a list of { id, qty } lines.

  function getCart() {
    return read(KEYS.cart, []);
  }

  function saveCart(lines) {
    write(KEYS.cart, lines);
    updateBadge();
  }

  function addToCart(id) {
    var lines = getCart();
    for (var i = 0; i < lines.length; i++) {
      if (lines[i].id === id) {
        lines[i].qty += 1;
        saveCart(lines);
        return;
      }
    }
    lines.push({ id: id, qty: 1 });
    saveCart(lines);
  }

  function removeFromCart(id) {
    saveCart(getCart().filter(function (line) { return line.id !== id; }));
  }

  function clearCart() {
    saveCart([]);
  }

  // Cart lines joined with product details, plus the totals.
  function cartSummary() {
    var items = [];
    var count = 0;
    var total = 0;
    getCart().forEach(function (line) {
      var product = findProduct(line.id);
      if (!product) return;
      var lineTotal = product.price * line.qty;
      items.push({ product: product, qty: line.qty, lineTotal: lineTotal });
      count += line.qty;
      total += lineTotal;
    });
    return { items: items, count: count, total: total };
  }

  function updateBadge() {
    var badge = document.querySelector('[data-testid="cart-badge"]');
    if (badge) badge.textContent = String(cartSummary().count);
  }

  // ----- orders -----

  function placeOrder(details) {
    var number = read(KEYS.counter, 10041) + 1;
    write(KEYS.counter, number);
    var summary = cartSummary();
    var order = {
      number: number,
      details: details,
      count: summary.count,
      total: summary.total
    };
    write(KEYS.order, order);
    clearCart();
    return order;
  }

  function lastOrder() {
    return read(KEYS.order, null);
  }

  // ----- shared header -----
  // Pages with a header fill in the greeting, the badge and the Log out button.
  function setupHeader(user) {
    var welcome = document.getElementById("welcome");
    if (welcome && user) welcome.textContent = "Welcome, " + user.displayName;
    var logoutButton = document.getElementById("logout");
    if (logoutButton) logoutButton.addEventListener("click", logout);
    updateBadge();
  }

  window.Shop = {
    products: PRODUCTS,
    promotions: PROMOTIONS,
    money: money,
    login: login,
    currentUser: currentUser,
    requireUser: requireUser,
    logout: logout,
    addToCart: addToCart,
    removeFromCart: removeFromCart,
    cartSummary: cartSummary,
    placeOrder: placeOrder,
    lastOrder: lastOrder,
    setupHeader: setupHeader
  };
})();
