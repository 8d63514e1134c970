/*
 * The API's refusals in the owner's language. The server's messages are English (they name the API's fields for
 * integrators); the page says in Russian what it knows, by the refusal's code (the booking core's: "slot_taken",
 * "min_notice") or the field it names ("price: expected …"), and keeps the server's words below as the detail.
 * A message the page wrote itself in Russian is shown as it is.
 */

const BY_CODE = {
  slot_taken: 'Это время уже занято. Выберите другое.',
  slot_held: 'Это время придержано для клиента из листа ожидания. Выберите другое.',
  in_the_past: 'Это время уже прошло.',
  min_notice: 'Слишком скоро: клиенты записываются не позже, чем за «минимум до записи».',
  max_advance: 'Слишком далеко вперёд для правил записи филиала.',
  cancel_notice: 'До визита осталось меньше, чем разрешают правила отмены.',
  outside_working_hours: 'В это время мастер не работает.',
  no_employee_provides: 'Никто из мастеров не оказывает все выбранные услуги.',
  online_booking_off: 'Филиал сейчас не принимает записи.',
  booking_not_found: 'Такой записи нет: возможно, её удалили.',
  not_your_booking: 'Такой записи нет.',
  booking_not_active: 'Запись уже не активна: отменена, завершена или отмечена.',
  already_started: 'Визит уже начался: его нельзя перенести или отменить.',
  not_started_yet: 'Визит ещё не начался: неявку отмечают с его начала.',
  changed_meanwhile: 'Запись только что изменили в другом месте. Посмотрите её снова.',
  employee_gone: 'Мастер этой записи больше не работает.',
  visit_too_long: 'Визит получается длиннее суток.',
  unknown_branch: 'Такого филиала нет.',
  unknown_service: 'Такой услуги нет.',
  unknown_employee: 'Такого мастера нет.',
  waitlist_full: 'Лист ожидания переполнен.',
  wrong_branch: 'Запись из другого филиала.'
};

const BY_FIELD = {
  'client.phone': 'Телефон не распознан. Введите номер, например +7 900 123-45-67.',
  'client.name': 'Проверьте имя клиента.',
  client_id: 'Проверьте клиента.',
  service_ids: 'Выберите услуги.',
  employee_id: 'Проверьте мастера.',
  date: 'Проверьте дату.',
  time: 'Проверьте время.',
  reason: 'Причина слишком длинная или содержит недопустимые символы.',
  name: 'Проверьте название.',
  title: 'Проверьте название.',
  price: 'Цена — число рублей, например 1500.',
  duration: 'Длительность — минуты, например 60.',
  buffer_before: 'Перерыв до — минуты, от 0 до 720.',
  buffer_after: 'Перерыв после — минуты, от 0 до 720.',
  category_id: 'Проверьте категорию.',
  timezone: 'Часовой пояс — например Europe/Moscow.',
  address: 'Проверьте адрес.',
  description: 'Проверьте описание.',
  booking_rules: 'Проверьте правила записи: например 2h, 30m или 7d.',
  reminders: 'Проверьте напоминания.',
  follow_up: 'Проверьте сообщение после визита.',
  quiet_hours: 'Тихие часы — например 22:00-09:00.',
  schedule: 'Проверьте расписание: интервалы вида 10:00-19:00.',
  'schedule.weekly': 'Проверьте недельное расписание: интервалы вида 10:00-19:00.',
  'schedule.dates': 'Проверьте расписание на дату: интервалы вида 10:00-19:00.'
};

const BY_STATUS = {
  400: 'Запрос не принят: проверьте введённое.',
  403: 'Нет доступа.',
  404: 'Не найдено: возможно, уже удалено.',
  409: 'Не получилось: данные изменились или противоречат правилам.',
  413: 'Слишком большой запрос.',
  429: 'Слишком много запросов. Подождите немного и повторите.',
  503: 'Сервер занят. Повторите через минуту.'
};

const CYRILLIC = /[А-Яа-яЁё]/;

/** The field's Russian words: the field itself, else its parent ("booking_rules.min_notice" is booking_rules'). */
function byField(field) {
  for (let f = field; f; f = f.includes('.') ? f.slice(0, f.lastIndexOf('.')) : f.includes('[') ? f.slice(0, f.indexOf('[')) : null) {
    if (BY_FIELD[f]) return BY_FIELD[f];
    if (!f.includes('.') && !f.includes('[')) break;
  }
  return null;
}

/**
 * {text, detail} of a refusal or failure: the Russian words for it and the server's message (empty when the message
 * is Russian already, or when {@code withoutField} cut the field's name off it next to that field).
 */
export function explain(error, withoutField) {
  const message = (error && error.message) || String(error);
  const field = error && error.field;
  const own = field && message.startsWith(field + ': ') ? message.slice(field.length + 2) : message;
  if (CYRILLIC.test(own)) return { text: withoutField ? own : message, detail: '' };
  const known = (error && error.code && BY_CODE[error.code]) || (field && byField(field));
  if (known) return { text: known, detail: withoutField ? own : message };
  if (error && error.status >= 500) return { text: 'Ошибка на сервере. Повторите позже.', detail: message };
  if (error && BY_STATUS[error.status]) return { text: BY_STATUS[error.status], detail: message };
  if (error instanceof TypeError) return { text: 'Нет связи с сервером. Проверьте интернет и повторите.', detail: message };
  return { text: 'Не получилось.', detail: message };
}

/** Writes the refusal into the element: the Russian text, the server's words below it in small type. */
export function showExplained(where, error, withoutField) {
  const { text, detail } = explain(error, withoutField);
  where.replaceChildren(document.createTextNode(text));
  if (detail) {
    const small = document.createElement('small');
    small.className = 'error__detail';
    small.textContent = detail;
    where.append(small);
  }
}
