const basket = null;
console.log(basket.size);
