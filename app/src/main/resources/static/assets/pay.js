// The demo payment page, /pay/{bot}/{client}?order={id}: its button tells the server the booking
// was paid, as a payment provider would. A file of its own: the page's policy runs no inline script.
(function () {
  "use strict";
  const parts = location.pathname.split("/");
  const bot = parts[2], client = parts[3];  // as the address spells them: already percent-encoded
  const order = new URLSearchParams(location.search).get("order") || "";
  const result = document.getElementById("result");
  document.getElementById("pay").addEventListener("click", async () => {
    try {
      const response = await fetch(`/api/v1/pay/${bot}/${client}?order=${encodeURIComponent(order)}`, {method: "POST"});
      // The server's refusals are in English, for integrators: the client reads Russian.
      const refusal = response.ok ? "" : ((await response.json().catch(() => ({}))).message || "");
      result.textContent = response.ok ? "Готово! Вернитесь в чат с ботом."
          : response.status === 409 && refusal.includes("cancelled") ? "Эта запись уже отменена, оплата не прошла. Вернитесь в чат с ботом."
          : response.status === 409 ? "Эта запись уже оплачена. Вернитесь в чат с ботом."
          : "Не получилось: эту запись сейчас нельзя оплатить.";
    } catch (e) {
      result.textContent = "Нет связи. Проверьте интернет и попробуйте ещё раз.";
    }
  });
})();
