// The shop's fake backend: products, reviews, the test account and its past orders.

const COLORS = {
  Brewers: ['#f3e5d8', '#8d6e63'], Grinders: ['#e0e0e0', '#455a64'], Kettles: ['#e8eaf6', '#37474f'],
  Accessories: ['#f1f8e9', '#7c8b5a'], Mugs: ['#fff3e0', '#5d4037'],
};

const SHAPES = {
  dripper: '<path d="M60 70h80l-22 50H82z"/><rect x="70" y="120" width="60" height="10" rx="3"/><rect x="62" y="130" width="76" height="8" rx="4"/>',
  grinder: '<rect x="75" y="40" width="50" height="20" rx="6"/><rect x="70" y="60" width="60" height="70" rx="8"/><rect x="65" y="130" width="70" height="14" rx="4"/><rect x="98" y="26" width="40" height="6" rx="3"/>',
  carafe: '<path d="M80 50h40v20c14 8 20 24 20 40 0 20-16 34-40 34s-40-14-40-34c0-16 6-32 20-40z"/>',
  kettle: '<path d="M62 80h76v50a10 10 0 0 1-10 10H72a10 10 0 0 1-10-10z"/><path d="M62 96 30 62" stroke-width="8" fill="none" stroke="currentColor"/><rect x="85" y="66" width="30" height="10" rx="4"/>',
  filters: '<path d="M60 60h80l-20 70H80z" opacity=".55"/><path d="M66 70h80l-20 70H86z"/>',
  mug: '<rect x="72" y="48" width="56" height="100" rx="12"/><rect x="68" y="40" width="64" height="14" rx="5"/>',
  cups: '<rect x="40" y="90" width="38" height="34" rx="6"/><rect x="84" y="90" width="38" height="34" rx="6"/><rect x="128" y="90" width="38" height="34" rx="6"/><rect x="30" y="124" width="146" height="6" rx="3"/>',
  scale: '<rect x="45" y="110" width="110" height="24" rx="6"/><rect x="60" y="98" width="80" height="12" rx="4"/><rect x="82" y="116" width="36" height="12" rx="2" fill="#fff"/>',
};

function photo(shape, category, tint) {
  const [bg, fg] = COLORS[category];
  const color = tint || fg;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 170"><rect width="200" height="170" fill="${bg}"/>`
    + `<g fill="${color}" style="color:${color}">${SHAPES[shape]}</g></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

export const CATEGORIES = ['Brewers', 'Grinders', 'Kettles', 'Accessories', 'Mugs'];

export const PRODUCTS = [
  {
    slug: 'ceramic-pour-over-dripper', name: 'Ceramic Pour-Over Dripper', category: 'Brewers', price: 24, rating: 4.5,
    reviews: 12, inStock: true, added: '2026-03-02', image: photo('dripper', 'Brewers'),
    description: 'A classic cone dripper in glazed white ceramic. The spiral ribs keep the filter off the wall so the '
      + 'coffee drains evenly, and the ceramic holds heat through the whole brew. Fits size 02 paper filters.',
  },
  {
    slug: 'burr-grinder-pro', name: 'Burr Grinder Pro', category: 'Grinders', price: 129, oldPrice: 159, rating: 4.5,
    reviews: 38, inStock: true, added: '2026-06-18', image: photo('grinder', 'Grinders'),
    description: 'Conical steel burrs with 40 grind settings, from espresso-fine to French-press coarse. Low-speed '
      + 'motor for less heat and noise, and a timer that doses the same amount every morning.',
  },
  {
    slug: 'glass-carafe-600-ml', name: 'Glass Carafe 600 ml', category: 'Brewers', price: 32, rating: 4,
    reviews: 9, inStock: true, added: '2026-01-20', image: photo('carafe', 'Brewers', '#90a4ae'),
    description: 'Heat-resistant borosilicate glass carafe for pour-over brewing. Holds up to 600 ml (four cups) '
      + 'and has a wooden collar so it is comfortable to pour from.',
  },
  {
    slug: 'gooseneck-kettle', name: 'Gooseneck Kettle', category: 'Kettles', price: 59, oldPrice: 75, rating: 5,
    reviews: 21, inStock: true, added: '2026-10-05', image: photo('kettle', 'Kettles'),
    description: 'A 1 litre stovetop kettle with a slim gooseneck spout for a slow, precise pour. Brushed stainless '
      + 'steel, works on gas, electric and induction hobs.',
  },
  {
    slug: 'paper-filters-100-pack', name: 'Paper Filters (100 pack)', category: 'Accessories', price: 6.5,
    rating: 4.5, reviews: 54, inStock: true, added: '2025-11-12', image: photo('filters', 'Accessories'),
    description: 'Unbleached size 02 cone filters, 100 per pack. Rinse before use for a clean cup.',
  },
  {
    slug: 'travel-mug-black', name: 'Travel Mug - Black', category: 'Mugs', price: 22, rating: 4, reviews: 17,
    inStock: true, added: '2026-08-30', image: photo('mug', 'Mugs', '#212121'),
    description: 'Double-walled stainless steel travel mug, 350 ml. Keeps coffee hot for 6 hours and has a '
      + 'leak-proof lid that opens with one hand.',
  },
  {
    slug: 'travel-mug-white', name: 'Travel Mug - White', category: 'Mugs', price: 22, rating: 4, reviews: 11,
    inStock: false, added: '2026-09-01', image: photo('mug', 'Mugs', '#bdbdbd'),
    description: 'Double-walled stainless steel travel mug, 350 ml, in matte white. Keeps coffee hot for 6 hours '
      + 'and has a leak-proof lid that opens with one hand.',
  },
  {
    slug: 'espresso-cups-set-of-4', name: 'Espresso Cups (set of 4)', category: 'Mugs', price: 28, oldPrice: 35,
    rating: 4.5, reviews: 7, inStock: true, added: '2026-11-20', image: photo('cups', 'Mugs'),
    description: 'Four thick-walled porcelain espresso cups, 80 ml each, with matching saucers. Dishwasher safe.',
  },
  {
    slug: 'digital-scale', name: 'Digital Scale', category: 'Accessories', price: 45, rating: 3.5, reviews: 26,
    inStock: true, added: '2026-05-14', image: photo('scale', 'Accessories', '#37474f'),
    description: 'Weighs to 0.1 g up to 2 kg, with a built-in brew timer. Water-resistant top and a rechargeable '
      + 'battery that lasts a month of daily brewing.',
  },
];

export function productBySlug(slug) {
  return PRODUCTS.find((p) => p.slug === slug);
}

const REVIEWERS = ['Hannah W.', 'Marco P.', 'Yuki T.', 'Daniel R.', 'Priya S.', 'Tom B.', 'Lena K.', 'Carlos M.',
  'Grace O.', 'Felix H.', 'Amara N.', 'Jonas L.', 'Sofia V.', 'Omar E.'];
const REVIEW_TEXTS = [
  [5, 'Exactly what I was looking for. Well made and arrived quickly.'],
  [4, 'Very good quality for the price. Would buy again.'],
  [5, 'Makes my morning coffee noticeably better.'],
  [4, 'Nice design, feels solid. Took a few days to get used to.'],
  [3, 'Does the job, but the finish could be better.'],
  [5, 'A gift for my partner and they love it.'],
  [4, 'Great, though a little smaller than I expected.'],
  [5, 'Second one I have bought. Still perfect.'],
  [4, 'Good value. Easy to clean.'],
  [5, 'Looks great on the counter and works perfectly.'],
  [4, 'Solid and reliable. Shipping was fast.'],
  [3, 'Fine for everyday use.'],
];

export function reviewsFor(product) {
  const offset = PRODUCTS.indexOf(product);
  return Array.from({ length: product.reviews }, (_, i) => {
    const [stars, text] = REVIEW_TEXTS[(i + offset) % REVIEW_TEXTS.length];
    // Newest first: one review every 6 days going back from 2026-12-01.
    const date = new Date(Date.UTC(2026, 11, 1) - (i * 6 + offset) * 86400000).toISOString().slice(0, 10);
    return { id: i, author: REVIEWERS[(i + offset * 3) % REVIEWERS.length], stars, text, date };
  });
}

export const ACCOUNTS = [
  { email: 'sam@example.com', password: 'Coffee123!', name: 'Sam Miller', phone: '+1 555 0142' },
];

export const PAST_ORDERS = {
  'sam@example.com': [
    { number: 'BH-20764', date: '2026-11-28', status: 'Shipped', total: 65.5,
      items: [{ slug: 'gooseneck-kettle', qty: 1, price: 59 }, { slug: 'paper-filters-100-pack', qty: 1, price: 6.5 }] },
    { number: 'BH-20588', date: '2026-10-22', status: 'Delivered', total: 49.99,
      items: [{ slug: 'travel-mug-black', qty: 2, price: 22 }] },
    { number: 'BH-20417', date: '2026-09-14', status: 'Delivered', total: 129,
      items: [{ slug: 'burr-grinder-pro', qty: 1, price: 129 }] },
  ],
};

export const FIRST_ORDER_NUMBER = 20931;
export const COUNTRIES = ['United States', 'Canada', 'United Kingdom', 'Ireland', 'Germany', 'France', 'Netherlands', 'Australia'];
export const PROMO_CODES = { BREW10: 0.1 };
export const FREE_SHIPPING_OVER = 50;
export const SHIPPING_FEE = 5.99;
export const EXPRESS_FEE = 12;

export function money(n) {
  return `$${n.toFixed(2)}`;
}
