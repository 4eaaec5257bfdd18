<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AddCycleCommand</name>
    <message>
        <source>New cycle {name}</source>
        <translation>Новый цикл {name}</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Прошлая неделя</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Неделей ранее</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-значение</translation>
    </message>
    <message>
        <source>{funnel}: {start} → {end} fell</source>
        <translation>{funnel}: {start} → {end} — падение</translation>
    </message>
    <message>
        <source>{rate} ({reached} of {entered})</source>
        <translation>{rate} ({reached} из {entered})</translation>
    </message>
    <message>
        <source>In the week of {week}, {reached} of {entered} reached {end} from {start} ({rate}), against {before_reached} of {before_entered} the week before ({before}). A two-proportion test puts the chance of a drop this large from noise alone at {p}.</source>
        <translation>На неделе с {week} от этапа «{start}» до «{end}» дошли {reached} из {entered} ({rate}), а неделей ранее — {before_reached} из {before_entered} ({before}). По тесту двух долей вероятность такого падения из-за одного лишь шума — {p}.</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>показать версию и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>требуются аргументы: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый вариант: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидается один аргумент</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ожидается хотя бы один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ожидается не более одного аргумента</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение типа %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя использовать вместе с аргументом %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>проигнорирован явный аргумент %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>требуется один из аргументов %s</translation>
    </message>
</context>
<context>
    <name>ArmsModel</name>
    <message>
        <source>Arm</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Reached SQL</source>
        <translation>Дошли до SQL</translation>
    </message>
    <message>
        <source>Avg. deal value</source>
        <translation>Ср. сумма сделки</translation>
    </message>
    <message>
        <source>Conversions ÷ visitors, with its 95 % interval in the tooltip.</source>
        <translation>Конверсии ÷ посетители; 95 % интервал — во всплывающей подсказке.</translation>
    </message>
    <message>
        <source>Day 6 lead quality: the share of conversions that reached SQL.</source>
        <translation>Качество лидов (день 6): доля конверсий, дошедших до SQL.</translation>
    </message>
    <message>
        <source>Day 6 lead quality: the average value of the arm&apos;s deals.</source>
        <translation>Качество лидов (день 6): средняя сумма сделок группы.</translation>
    </message>
    <message>
        <source>95 % interval: {low} to {high}</source>
        <translation>95 % интервал: от {low} до {high}</translation>
    </message>
    <message>
        <source>control</source>
        <translation>контроль</translation>
    </message>
    <message>
        <source>{name} (control)</source>
        <translation>{name} (контроль)</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>BacklogModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Ключевой результат</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Простота</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>День 1</translation>
    </message>
    <message>
        <source>The mean of impact, confidence and ease</source>
        <translation>Среднее влияния, уверенности и простоты</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <source>&amp;New experiment</source>
        <translation>&amp;Новый эксперимент</translation>
    </message>
    <message>
        <source>Write down a new experiment idea (Ctrl+N)</source>
        <translation>Записать новую идею эксперимента (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the chosen experiment (Enter)</source>
        <translation>Изменить выбранный эксперимент (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Plan for week…</source>
        <translation>&amp;Запланировать на неделю…</translation>
    </message>
    <message>
        <source>Give the chosen idea its Day 1 and its day tasks</source>
        <translation>Назначить выбранной идее день 1 и задачи по дням</translation>
    </message>
    <message>
        <source>Show every experiment</source>
        <translation>Показывать все эксперименты</translation>
    </message>
    <message>
        <source>Besides the ideas, list planned, running and decided experiments</source>
        <translation>Кроме идей, показывать запланированные, идущие и решённые эксперименты</translation>
    </message>
    <message>
        <source>No ideas in the backlog. Write one down with New experiment (Ctrl+N): one change, the metric it should move, and why.</source>
        <translation>В бэклоге нет идей. Запишите идею через «Новый эксперимент» (Ctrl+N): одно изменение, метрика, которую оно должно сдвинуть, и почему.</translation>
    </message>
</context>
<context>
    <name>BindingConflicts</name>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Метрика</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>От этапа</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>До этапа</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>BindingDialog</name>
    <message>
        <source>Bind to funnel metric</source>
        <translation>Привязка к метрике воронки</translation>
    </message>
    <message>
        <source>&amp;Funnel:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Метрика:</translation>
    </message>
    <message>
        <source>F&amp;rom stage:</source>
        <translation>О&amp;т этапа:</translation>
    </message>
    <message>
        <source>&amp;To stage:</source>
        <translation>&amp;До этапа:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Last weeks:</source>
        <translation>Последние недели:</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>Привязать</translation>
    </message>
    <message>
        <source>&amp;Unbind</source>
        <translation>&amp;Отвязать</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>This workspace has no funnel yet.</source>
        <translation>В этой рабочей области пока нет воронки.</translation>
    </message>
    <message>
        <source>This funnel has too few stages for this metric.</source>
        <translation>В этой воронке слишком мало этапов для этой метрики.</translation>
    </message>
    <message>
        <source>The from stage must come before the to stage.</source>
        <translation>Начальный этап должен идти раньше конечного.</translation>
    </message>
    <message>
        <source>This key result is not in percent: its check-ins will hold the rate as a fraction (0.031 for 3.1 %). Make its unit Percent to read it as 3.1 %.</source>
        <translation>Этот ключевой результат задан не в процентах: его чек-ины будут хранить конверсию дробью (0,031 для 3,1 %). Выберите единицу «Проценты», чтобы видеть 3,1 %.</translation>
    </message>
    <message>
        <source>After each import the key result gets an automatic check-in with the value of the last full week.</source>
        <translation>После каждого импорта ключевой результат получает автоматический чек-ин со значением последней полной недели.</translation>
    </message>
    <message>
        <source>No funnel data for this choice yet.</source>
        <translation>Для такого выбора пока нет данных воронки.</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>Show the week holding this day</source>
        <translation>Показать неделю, в которую входит этот день</translation>
    </message>
    <message>
        <source>Go to wee&amp;k of:</source>
        <translation>Перейти к &amp;неделе:</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Carry over from {cycle}</source>
        <translation>Перенос из {cycle}</translation>
    </message>
    <message>
        <source>New cycle {name} ({start} – {end})</source>
        <translation>Новый цикл {name} ({start} – {end})</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>Цель / ключевой результат</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>New baseline → target</source>
        <translation>Новая база → целевое знач.</translation>
    </message>
    <message>
        <source>Every key result reached its target: nothing to carry.</source>
        <translation>Все ключевые результаты достигли целевых значений: переносить нечего.</translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;В цикл:</translation>
    </message>
    <message>
        <source>Unfinished key results keep their owner, target and open initiatives; their last value becomes the new baseline, and each links back to this cycle.</source>
        <translation>Незавершённые ключевые результаты сохраняют ответственного, целевое значение и открытые инициативы; их последнее значение становится новой базой, а каждый из них ссылается на этот цикл.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>A chart is saved as .png or .svg, not {0}</source>
        <translation>График сохраняется в формате .png или .svg, а не {0}</translation>
    </message>
    <message>
        <source>The chart could not be encoded as PNG.</source>
        <translation>Не удалось закодировать диаграмму в PNG.</translation>
    </message>
    <message>
        <source>p &lt; {0}</source>
        <translation>p &lt; {0}</translation>
    </message>
    <message>
        <source>p = {0}</source>
        <translation>p = {0}</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Correct check-in</source>
        <translation>Исправить чек-ин</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Еженедельный чек-ин</translation>
    </message>
    <message>
        <source>Everyone&apos;s key results</source>
        <translation>Ключевые результаты всех</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>What moved, and why?</source>
        <translation>Что изменилось и почему?</translation>
    </message>
    <message>
        <source>Anything in the way?</source>
        <translation>Что мешает?</translation>
    </message>
    <message>
        <source>Check-in &amp;date:</source>
        <translation>&amp;Дата чек-ина:</translation>
    </message>
    <message>
        <source>Last check-in:</source>
        <translation>Последний чек-ин:</translation>
    </message>
    <message>
        <source>Expected today:</source>
        <translation>По графику на сегодня:</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>&amp;Новое значение:</translation>
    </message>
    <message>
        <source>C&amp;onfidence (0–10):</source>
        <translation>&amp;Уверенность (0–10):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>&amp;Blockers:</source>
        <translation>&amp;Препятствия:</translation>
    </message>
    <message>
        <source>B&amp;ack</source>
        <translation>Н&amp;азад</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>П&amp;ропустить</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>Сохранить и далее</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The cycle starts on {start}: check-ins open on that day.</source>
        <translation>Цикл начинается {start}: чек-ины открываются с этого дня.</translation>
    </message>
    <message>
        <source>A check-in can be dated up to today, {today}.</source>
        <translation>Дата чек-ина — не позже сегодняшней ({today}).</translation>
    </message>
    <message>
        <source>The cycle starts on {start}: check-ins can be dated from then to today.</source>
        <translation>Цикл начинается {start}: дата чек-ина — с этого дня по сегодня.</translation>
    </message>
    <message>
        <source>The cycle ended on {end}: a check-in can be dated up to then.</source>
        <translation>Цикл закончился {end}: дата чек-ина — не позже этого дня.</translation>
    </message>
    <message>
        <source>Expected on {date}:</source>
        <translation>По графику на {date}:</translation>
    </message>
    <message>
        <source>{date} already has a check-in ({value}): saving replaces it, one check-in a day.</source>
        <translation>На {date} уже есть чек-ин ({value}): при сохранении он будет заменён — один чек-ин в день.</translation>
    </message>
    <message>
        <source>Nothing to check in.</source>
        <translation>Нет ключевых результатов для чек-ина.</translation>
    </message>
    <message>
        <source>Key result {number} of {count}</source>
        <translation>Ключевой результат {number} из {count}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>{value} on {date}</source>
        <translation>{value} на {date}</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Записано:</translation>
    </message>
</context>
<context>
    <name>CheckInsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Ключевой результат</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Dates and stages</source>
        <translation>Даты и этапы</translation>
    </message>
    <message>
        <source>Say how to read what the file leaves open.</source>
        <translation>Уточните, как читать то, что в файле неоднозначно.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>The dates fit more than one format. Which one is it?</source>
        <translation>Даты подходят под несколько форматов. Какой из них верный?</translation>
    </message>
    <message>
        <source>Dates are read as {format}.</source>
        <translation>Даты читаются в формате {format}.</translation>
    </message>
    <message>
        <source>The dates are clear.</source>
        <translation>С датами всё однозначно.</translation>
    </message>
    <message>
        <source>These stage names of the file match no stage of the funnel. Add each as a new stage, take it as a stage of the funnel, or skip its rows:</source>
        <translation>Этих названий этапов из файла нет в воронке. Добавьте каждое как новый этап, сопоставьте с этапом воронки или пропустите его строки:</translation>
    </message>
    <message>
        <source>Add as a new stage</source>
        <translation>Добавить как новый этап</translation>
    </message>
    <message>
        <source>Skip its rows</source>
        <translation>Пропустить строки</translation>
    </message>
    <message>
        <source>Every stage name matches a stage of the funnel.</source>
        <translation>Каждое название этапа совпадает с этапом воронки.</translation>
    </message>
</context>
<context>
    <name>CheckinRules</name>
    <message>
        <source>the value must be a number, not {value}</source>
        <translation>значение должно быть числом, а не {value}</translation>
    </message>
    <message>
        <source>a yes/no key result takes 1 or 0, not {value}</source>
        <translation>ключевой результат типа «да/нет» принимает 1 или 0, а не {value}</translation>
    </message>
    <message>
        <source>the value {value} is beyond ±{limit}</source>
        <translation>значение {value} выходит за пределы ±{limit}</translation>
    </message>
    <message numerus="yes">
        <source>the value {value} has more than %n decimal(s), which this key result does not take</source>
        <translation>
            <numerusform>в значении {value} больше %n знака после запятой, а этот ключевой результат столько не принимает</numerusform>
            <numerusform>в значении {value} больше %n знаков после запятой, а этот ключевой результат столько не принимает</numerusform>
            <numerusform>в значении {value} больше %n знаков после запятой, а этот ключевой результат столько не принимает</numerusform>
        </translation>
    </message>
    <message>
        <source>the confidence must be from {low} to {high}, not {confidence}</source>
        <translation>уверенность должна быть от {low} до {high}, а не {confidence}</translation>
    </message>
    <message>
        <source>{day} is in the future; a check-in can be dated up to {today}</source>
        <translation>{day} — дата в будущем; чек-ин можно датировать не позднее {today}</translation>
    </message>
    <message>
        <source>{day} is before the cycle, which starts on {start}</source>
        <translation>{day} — до начала цикла; цикл начинается {start}</translation>
    </message>
    <message>
        <source>{day} is after the cycle, which ends on {end}</source>
        <translation>{day} — после окончания цикла; цикл заканчивается {end}</translation>
    </message>
    <message>
        <source>the cycle is closed; it takes no check-ins</source>
        <translation>цикл закрыт; чек-ины в нём не принимаются</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Offline OKRs, weekly growth experiments and the sales funnel of one team.</source>
        <translation>OKR офлайн, еженедельные эксперименты роста и воронка продаж одной команды.</translation>
    </message>
    <message>
        <source>open a freshly built demo workspace</source>
        <translation>открыть только что созданную демонстрационную рабочую область</translation>
    </message>
    <message>
        <source>open a workspace file in the window</source>
        <translation>открыть файл рабочей области в окне</translation>
    </message>
    <message>
        <source>quit as soon as the window is shown and idle (smoke tests, benchmarks)</source>
        <translation>выйти, как только окно показано и простаивает (smoke-тесты, замеры производительности)</translation>
    </message>
    <message>
        <source>build the demo workspace into a new file</source>
        <translation>создать демонстрационную рабочую область в новом файле</translation>
    </message>
    <message>
        <source>the file to create (it must not exist), or a server&apos;s empty database</source>
        <translation>создаваемый файл (его ещё не должно быть) или пустая база данных на сервере</translation>
    </message>
    <message>
        <source>en, pl, hu or ru (or a locale like pl_PL): the demo&apos;s texts and currency (default: the system&apos;s language, as LC_ALL, LC_MESSAGES or LANG name it; English for any other)</source>
        <translation>en, pl, hu или ru (или локаль, например pl_PL): язык текстов и валюта демо (по умолчанию: язык системы из LC_ALL, LC_MESSAGES или LANG; для других языков — английский)</translation>
    </message>
    <message>
        <source>check a workspace file and count what it holds</source>
        <translation>проверить файл рабочей области и подсчитать его содержимое</translation>
    </message>
    <message>
        <source>render every section of a workspace to PNG files, offscreen</source>
        <translation>отрисовать каждый раздел рабочей области в PNG-файлы, не показывая окна</translation>
    </message>
    <message>
        <source>where the PNG files go</source>
        <translation>папка для PNG-файлов</translation>
    </message>
    <message>
        <source>the window (and offscreen screen) size, like 1366x768 (default: 1440x900)</source>
        <translation>размер окна (и виртуального экрана), например 1366x768 (по умолчанию: 1440x900)</translation>
    </message>
    <message>
        <source>the screens in this language and its way of writing numbers and dates, like pl_PL (default: the Language setting, else the system&apos;s)</source>
        <translation>экраны на этом языке, с его записью чисел и дат, например pl_PL (по умолчанию: настройка «Язык», иначе язык системы)</translation>
    </message>
    <message>
        <source>write the weekly review of a workspace as PDF, HTML or Markdown</source>
        <translation>записать обзор недели рабочей области в PDF, HTML или Markdown</translation>
    </message>
    <message>
        <source>the week to review, like 2026-W47 (default: the last full week)</source>
        <translation>неделя для обзора, например 2026-W47 (по умолчанию: последняя полная неделя)</translation>
    </message>
    <message>
        <source>the file to write: FILE.pdf, .html or .md</source>
        <translation>файл для записи: FILE.pdf, .html или .md</translation>
    </message>
    <message>
        <source>numbers and dates as in this locale, like de_DE</source>
        <translation>числа и даты как в этой локали, например de_DE</translation>
    </message>
    <message>
        <source>import weekly funnel counts or raw events from a CSV or XLSX file</source>
        <translation>импортировать недельные количества воронки или сырые события из файла CSV или XLSX</translation>
    </message>
    <message>
        <source>the CSV or XLSX file to import</source>
        <translation>импортируемый файл CSV или XLSX</translation>
    </message>
    <message>
        <source>the funnel; created if it does not exist</source>
        <translation>воронка; создаётся, если её нет</translation>
    </message>
    <message>
        <source>default: guessed</source>
        <translation>по умолчанию: определяется по файлу</translation>
    </message>
    <message>
        <source>the file&apos;s COLUMN holds FIELD (week, stage, count, source, variant, spend, revenue, lead_id, timestamp, stage:NAME); repeatable</source>
        <translation>столбец COLUMN файла содержит поле FIELD (week, stage, count, source, variant, spend, revenue, lead_id, timestamp, stage:NAME); можно повторять</translation>
    </message>
    <message>
        <source>the file&apos;s stage NAME is the funnel&apos;s STAGE (case ignored; NAME= leaves its rows out); repeatable</source>
        <translation>этап NAME в файле — это этап STAGE воронки (регистр не важен; NAME= пропускает его строки); можно повторять</translation>
    </message>
    <message>
        <source>leave out the rows whose stage is not in the funnel instead of refusing the file</source>
        <translation>пропустить строки с этапами не из воронки, а не отклонять файл</translation>
    </message>
    <message>
        <source>default: detected (utf-8, cp1250, cp1251, iso-8859-2…)</source>
        <translation>по умолчанию: определяется (utf-8, cp1250, cp1251, iso-8859-2…)</translation>
    </message>
    <message>
        <source>like %%d.%%m.%%Y or %%m/%%d/%%Y; default: detected</source>
        <translation>например %%d.%%m.%%Y или %%m/%%d/%%Y; по умолчанию: определяется</translation>
    </message>
    <message>
        <source>the XLSX sheet; default: the first</source>
        <translation>лист XLSX; по умолчанию: первый</translation>
    </message>
    <message>
        <source>write a funnel&apos;s weekly counts and conversion rates to CSV or XLSX</source>
        <translation>записать недельные количества и конверсии воронки в CSV или XLSX</translation>
    </message>
    <message>
        <source>the funnel&apos;s name</source>
        <translation>название воронки</translation>
    </message>
    <message>
        <source>the file to write: FILE.csv or .xlsx</source>
        <translation>файл для записи: FILE.csv или .xlsx</translation>
    </message>
    <message>
        <source>build a demo workspace in a temporary folder, open it, render every screen offscreen, write a report and check it; exit 0 when all went well</source>
        <translation>создать демонстрационную рабочую область во временной папке, открыть её, отрисовать все экраны, не показывая их, записать отчёт и проверить его; код выхода 0, если всё прошло успешно</translation>
    </message>
    <message>
        <source>{lang}: the demo is written in {languages}</source>
        <translation>{lang}: демо есть на языках: {languages}</translation>
    </message>
    <message>
        <source>Demo workspace written to {path}</source>
        <translation>Демонстрационная рабочая область записана в {path}</translation>
    </message>
    <message>
        <source>{revision} (current)</source>
        <translation>{revision} (текущая)</translation>
    </message>
    <message>
        <source>{revision} (older; it is upgraded when opened)</source>
        <translation>{revision} (старая; обновится при открытии)</translation>
    </message>
    <message>
        <source>workspace:</source>
        <translation>рабочая область:</translation>
    </message>
    <message>
        <source>schema version:</source>
        <translation>версия схемы:</translation>
    </message>
    <message>
        <source>integrity check:</source>
        <translation>проверка целостности:</translation>
    </message>
    <message>
        <source>objectives:</source>
        <translation>цели:</translation>
    </message>
    <message>
        <source>key results:</source>
        <translation>ключевые результаты:</translation>
    </message>
    <message>
        <source>check-ins:</source>
        <translation>чек-ины:</translation>
    </message>
    <message>
        <source>experiments:</source>
        <translation>эксперименты:</translation>
    </message>
    <message>
        <source>funnel weeks:</source>
        <translation>недели воронки:</translation>
    </message>
    <message>
        <source>{path}: integrity check failed: {result}</source>
        <translation>{path}: проверка целостности не пройдена: {result}</translation>
    </message>
    <message>
        <source>{size}: give the size as WIDTHxHEIGHT, like 1366x768</source>
        <translation>{size}: укажите размер как ШИРИНАxВЫСОТА, например 1366x768</translation>
    </message>
    <message>
        <source>Weekly review of {week} written to {path}</source>
        <translation>Обзор недели {week} записан в {path}</translation>
    </message>
    <message>
        <source>{item}: expected {form}</source>
        <translation>{item}: ожидается {form}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) of {file} as {shape} into the funnel &quot;{funnel}&quot; (the new workspace&apos;s empty default funnel, renamed).</source>
        <translation>
            <numerusform>Импортирована %n строка из {file} как {shape} в воронку «{funnel}» (пустая воронка новой рабочей области, переименована).</numerusform>
            <numerusform>Импортированы %n строки из {file} как {shape} в воронку «{funnel}» (пустая воронка новой рабочей области, переименована).</numerusform>
            <numerusform>Импортировано %n строк из {file} как {shape} в воронку «{funnel}» (пустая воронка новой рабочей области, переименована).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) of {file} as {shape} into the funnel &quot;{funnel}&quot; (created with the default stages).</source>
        <translation>
            <numerusform>Импортирована %n строка из {file} как {shape} в воронку «{funnel}» (создана с этапами по умолчанию).</numerusform>
            <numerusform>Импортированы %n строки из {file} как {shape} в воронку «{funnel}» (создана с этапами по умолчанию).</numerusform>
            <numerusform>Импортировано %n строк из {file} как {shape} в воронку «{funnel}» (создана с этапами по умолчанию).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) of {file} as {shape} into the funnel &quot;{funnel}&quot;.</source>
        <translation>
            <numerusform>Импортирована %n строка из {file} как {shape} в воронку «{funnel}».</numerusform>
            <numerusform>Импортированы %n строки из {file} как {shape} в воронку «{funnel}».</numerusform>
            <numerusform>Импортировано %n строк из {file} как {shape} в воронку «{funnel}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weeks {first} to {last}: %n week(s).</source>
        <translation>
            <numerusform>Недели с {first} по {last}: %n неделя.</numerusform>
            <numerusform>Недели с {first} по {last}: %n недели.</numerusform>
            <numerusform>Недели с {first} по {last}: %n недель.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier row(s) replaced.</source>
        <translation>
            <numerusform>Заменена %n прежняя строка.</numerusform>
            <numerusform>Заменены %n прежние строки.</numerusform>
            <numerusform>Заменено %n прежних строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic check-in(s).</source>
        <translation>
            <numerusform>%n автоматический чек-ин.</numerusform>
            <numerusform>%n автоматических чек-ина.</numerusform>
            <numerusform>%n автоматических чек-инов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import #{number}.</source>
        <translation>Импорт № {number}.</translation>
    </message>
    <message numerus="yes">
        <source>Counted again: %n other week(s) of the same leads (their source, variant, entry week or cohort comes from all the files).</source>
        <translation>
            <numerusform>Пересчитана %n другая неделя тех же лидов (их источник, вариант, неделя входа или когорта берутся из всех файлов).</numerusform>
            <numerusform>Пересчитаны %n другие недели тех же лидов (их источник, вариант, неделя входа или когорта берутся из всех файлов).</numerusform>
            <numerusform>Пересчитано %n других недель тех же лидов (их источник, вариант, неделя входа или когорта берутся из всех файлов).</numerusform>
        </translation>
    </message>
    <message>
        <source>Times with a UTC offset were read as the local time written (2026-03-02T00:30:00+02:00 is 2026-03-02 00:30, in the week it names).</source>
        <translation>Время со смещением от UTC прочитано как записанное местное время (2026-03-02T00:30:00+02:00 — это 2026-03-02 00:30, в той неделе, которую оно называет).</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) of stages not in the funnel: {names}</source>
        <translation>
            <numerusform>Пропущена %n строка этапов, которых нет в воронке: {names}</numerusform>
            <numerusform>Пропущены %n строки этапов, которых нет в воронке: {names}</numerusform>
            <numerusform>Пропущено %n строк этапов, которых нет в воронке: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Предупреждение: {warning}</translation>
    </message>
    <message numerus="yes">
        <source>Funnel &quot;{funnel}&quot; written to {path}: %n row(s)</source>
        <translation>
            <numerusform>Воронка «{funnel}» записана в {path}: %n строка</numerusform>
            <numerusform>Воронка «{funnel}» записана в {path}: %n строки</numerusform>
            <numerusform>Воронка «{funnel}» записана в {path}: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>--author &quot;{name}&quot;: nobody of that name in People</source>
        <translation>--author &quot;{name}&quot;: в списке людей нет никого с таким именем</translation>
    </message>
    <message>
        <source>record one check-in of a key result, as the check-in dialog does</source>
        <translation>записать один чек-ин ключевого результата, как это делает окно чек-ина</translation>
    </message>
    <message>
        <source>the key result&apos;s id or exact title</source>
        <translation>id или точное название ключевого результата</translation>
    </message>
    <message>
        <source>the new value (1 or 0 for a yes/no key result)</source>
        <translation>новое значение (1 или 0 для ключевого результата типа «да/нет»)</translation>
    </message>
    <message>
        <source>the day of the check-in, YYYY-MM-DD (default: today)</source>
        <translation>день чек-ина, ГГГГ-ММ-ДД (по умолчанию: сегодня)</translation>
    </message>
    <message>
        <source>0 to 10 (default: the last check-in&apos;s, else 5)</source>
        <translation>от 0 до 10 (по умолчанию: как в последнем чек-ине, иначе 5)</translation>
    </message>
    <message>
        <source>what moved, and why</source>
        <translation>что изменилось и почему</translation>
    </message>
    <message>
        <source>the person who writes it, by their exact name in People (default: nobody)</source>
        <translation>автор, точно по имени из раздела «Люди» (по умолчанию: никто)</translation>
    </message>
    <message>
        <source>create an empty workspace with its first cycle</source>
        <translation>создать пустую рабочую область с первым циклом</translation>
    </message>
    <message>
        <source>the workspace file to create (it must not exist), or the empty database of a PostgreSQL server, postgresql://user@host[:port]/database</source>
        <translation>создаваемый файл рабочей области (его ещё не должно быть) или пустая база данных сервера PostgreSQL, postgresql://пользователь@хост[:порт]/база</translation>
    </message>
    <message>
        <source>the workspace&apos;s name (default: the file&apos;s name)</source>
        <translation>название рабочей области (по умолчанию: имя файла)</translation>
    </message>
    <message>
        <source>the first cycle&apos;s name (default: the current quarter&apos;s)</source>
        <translation>название первого цикла (по умолчанию: текущий квартал)</translation>
    </message>
    <message>
        <source>the cycle&apos;s first day, YYYY-MM-DD</source>
        <translation>первый день цикла, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>the cycle&apos;s last day, YYYY-MM-DD</source>
        <translation>последний день цикла, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>{option} {text}: not a date (YYYY-MM-DD)</source>
        <translation>{option} {text}: не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>value {text}: not a number</source>
        <translation>значение {text}: не число</translation>
    </message>
    <message>
        <source>--confidence {text}: not a whole number from 0 to 10</source>
        <translation>--confidence {text}: не целое число от 0 до 10</translation>
    </message>
    <message>
        <source>Checked in &quot;{title}&quot;: {value} on {date}</source>
        <translation>Чек-ин «{title}»: {value} на {date}</translation>
    </message>
    <message>
        <source>--cycle: the cycle needs a name</source>
        <translation>--cycle: циклу нужно название</translation>
    </message>
    <message>
        <source>--to {end}: the last day must come after the first day ({start})</source>
        <translation>--to {end}: последний день должен быть позже первого ({start})</translation>
    </message>
    <message>
        <source>--from and --to go together</source>
        <translation>--from и --to указываются вместе</translation>
    </message>
    <message>
        <source>Workspace &quot;{name}&quot; created in {path} with the cycle {cycle} ({start} to {end}) and the funnel &quot;{funnel}&quot; to plan in</source>
        <translation>Рабочая область «{name}» создана в {path} с циклом {cycle} (с {start} по {end}) и воронкой «{funnel}» для планирования</translation>
    </message>
    <message>
        <source>OKRs to and from a spreadsheet (CSV or XLSX)</source>
        <translation>OKR в таблицу и из таблицы (CSV или XLSX)</translation>
    </message>
    <message>
        <source>write a cycle&apos;s key results, one per row, with progress, status, score</source>
        <translation>записать ключевые результаты цикла, по одному в строке, с прогрессом, статусом и оценкой</translation>
    </message>
    <message>
        <source>the cycle&apos;s name (default: the current cycle)</source>
        <translation>название цикла (по умолчанию: текущий цикл)</translation>
    </message>
    <message>
        <source>FILE.xlsx or FILE.csv</source>
        <translation>FILE.xlsx или FILE.csv</translation>
    </message>
    <message>
        <source>add or update key results from a spreadsheet, all or nothing</source>
        <translation>добавить или обновить ключевые результаты из таблицы, все или ни одного</translation>
    </message>
    <message>
        <source>FILE.xlsx or FILE.csv, one key result per row</source>
        <translation>FILE.xlsx или FILE.csv, один ключевой результат в строке</translation>
    </message>
    <message>
        <source>the person who writes the check-ins and key result changes, by their exact name in People (default: nobody)</source>
        <translation>автор чек-инов и изменений ключевых результатов, точно по имени из раздела «Люди» (по умолчанию: никто)</translation>
    </message>
    <message>
        <source>--out {path}: name a .xlsx or .csv file</source>
        <translation>--out {path}: укажите файл .xlsx или .csv</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n key result(s) of the cycle {cycle} to {path}</source>
        <translation>
            <numerusform>Записан %n ключевой результат цикла {cycle} в {path}</numerusform>
            <numerusform>Записаны %n ключевых результата цикла {cycle} в {path}</numerusform>
            <numerusform>Записано %n ключевых результатов цикла {cycle} в {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key result(s) into {cycle}: {added} added, {updated} updated.</source>
        <translation>
            <numerusform>Импортирован %n ключевой результат в {cycle}: добавлено {added}, обновлено {updated}.</numerusform>
            <numerusform>Импортированы %n ключевых результата в {cycle}: добавлено {added}, обновлено {updated}.</numerusform>
            <numerusform>Импортировано %n ключевых результатов в {cycle}: добавлено {added}, обновлено {updated}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objectives: {added} added, {matched} matched.</source>
        <translation>Цели: добавлено {added}, сопоставлено {matched}.</translation>
    </message>
    <message numerus="yes">
        <source>People added: %n.</source>
        <translation>
            <numerusform>Добавлено людей: %n.</numerusform>
            <numerusform>Добавлено людей: %n.</numerusform>
            <numerusform>Добавлено людей: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Teams added: %n.</source>
        <translation>
            <numerusform>Добавлено команд: %n.</numerusform>
            <numerusform>Добавлено команд: %n.</numerusform>
            <numerusform>Добавлено команд: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins: %n.</source>
        <translation>
            <numerusform>Чек-инов: %n.</numerusform>
            <numerusform>Чек-инов: %n.</numerusform>
            <numerusform>Чек-инов: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>the .okrdesk workspace file, or postgresql://user@host[:port]/database</source>
        <translation>файл рабочей области .okrdesk или postgresql://пользователь@хост[:порт]/база</translation>
    </message>
    <message>
        <source>copy a whole workspace between a file and a server, into a new file or an empty database, and check the copy</source>
        <translation>скопировать рабочую область целиком между файлом и сервером — в новый файл или пустую базу данных — и проверить копию</translation>
    </message>
    <message>
        <source>{workspace}, to copy (only read)</source>
        <translation>{workspace}: источник копии (только чтение)</translation>
    </message>
    <message>
        <source>a new .okrdesk file (it must not exist), or postgresql://user@host[:port]/database of an empty database</source>
        <translation>новый файл .okrdesk (его ещё не должно быть) или postgresql://пользователь@хост[:порт]/база пустой базы данных</translation>
    </message>
    <message>
        <source>interrupted; nothing was written to {destination}</source>
        <translation>прервано; в {destination} ничего не записано</translation>
    </message>
    <message numerus="yes">
        <source>Copied {source} to {destination} at schema version {revision}: %n table(s), the same rows and digests in both.</source>
        <translation>
            <numerusform>{source} скопировано в {destination} (версия схемы {revision}): %n таблица, строки и контрольные суммы в источнике и копии совпадают.</numerusform>
            <numerusform>{source} скопировано в {destination} (версия схемы {revision}): %n таблицы, строки и контрольные суммы в источнике и копии совпадают.</numerusform>
            <numerusform>{source} скопировано в {destination} (версия схемы {revision}): %n таблиц, строки и контрольные суммы в источнике и копии совпадают.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n row(s) copied</source>
        <translation>
            <numerusform>{table}: скопирована %n строка</numerusform>
            <numerusform>{table}: скопированы %n строки</numerusform>
            <numerusform>{table}: скопировано %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n row(s) so far…</source>
        <translation>
            <numerusform>{table}: уже %n строка…</numerusform>
            <numerusform>{table}: уже %n строки…</numerusform>
            <numerusform>{table}: уже %n строк…</numerusform>
        </translation>
    </message>
    <message>
        <source>table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>строки</translation>
    </message>
    <message>
        <source>rows copied</source>
        <translation>скопировано строк</translation>
    </message>
    <message>
        <source>digest</source>
        <translation>контрольная сумма</translation>
    </message>
    <message>
        <source>digest of the copy</source>
        <translation>контрольная сумма копии</translation>
    </message>
    <message>
        <source>workspace digest: {digest} (the copy: {copy_digest})</source>
        <translation>контрольная сумма рабочей области: {digest} (копии: {copy_digest})</translation>
    </message>
    <message>
        <source>the workspace&apos;s database, postgresql://admin@host[:port]/database</source>
        <translation>база данных рабочей области, postgresql://администратор@хост[:порт]/база</translation>
    </message>
    <message>
        <source>set up a team workspace on a PostgreSQL server: schema, roles, people</source>
        <translation>настроить командную рабочую область на сервере PostgreSQL: схема, роли, люди</translation>
    </message>
    <message>
        <source>create or upgrade the schema and the owner, member and viewer roles, with their grants; safe to run again</source>
        <translation>создать или обновить схему и роли владельца, участника и наблюдателя с их правами; запускать повторно безопасно</translation>
    </message>
    <message>
        <source>the new workspace&apos;s name (default: the database&apos;s name)</source>
        <translation>название новой рабочей области (по умолчанию: имя базы данных)</translation>
    </message>
    <message>
        <source>let a person in as owner, member or viewer</source>
        <translation>дать человеку доступ как владельцу, участнику или наблюдателю</translation>
    </message>
    <message>
        <source>the person&apos;s login (created without a password if missing)</source>
        <translation>логин человека (если его нет, он создаётся без пароля)</translation>
    </message>
    <message>
        <source>what the person may do (default: member)</source>
        <translation>что человеку разрешено (по умолчанию: member)</translation>
    </message>
    <message>
        <source>{path}: a team workspace lives on a server: postgresql://…</source>
        <translation>{path}: командная рабочая область находится на сервере: postgresql://…</translation>
    </message>
    <message>
        <source>To let a person in: okrdesk team add {url} USER --role member</source>
        <translation>Чтобы дать человеку доступ: okrdesk team add {url} USER --role member</translation>
    </message>
    <message>
        <source>or in psql: CREATE ROLE anna LOGIN IN ROLE {member}; \password anna</source>
        <translation>или в psql: CREATE ROLE anna LOGIN IN ROLE {member}; \password anna</translation>
    </message>
</context>
<context>
    <name>CloseCycleDialog</name>
    <message>
        <source>Close {cycle}</source>
        <translation>Закрыть {cycle}</translation>
    </message>
    <message>
        <source>What &amp;helped</source>
        <translation>Что &amp;помогло</translation>
    </message>
    <message>
        <source>&amp;Root causes of misses</source>
        <translation>Пр&amp;ичины промахов</translation>
    </message>
    <message>
        <source>&amp;Lessons for next cycle</source>
        <translation>&amp;Уроки на следующий цикл</translation>
    </message>
    <message>
        <source>Carry unfinished key results into the next cycle</source>
        <translation>Перенести незавершённые ключевые результаты в следующий цикл</translation>
    </message>
    <message>
        <source>Close cycle</source>
        <translation>Закрыть цикл</translation>
    </message>
    <message>
        <source>Scores are proposed from each key result&apos;s progress: 0.7–1.0 is green, 0.4–0.6 yellow, 0.0–0.3 red; for a stretch goal 0.6–0.7 is a success. After closing, the cycle is read-only until reopened.</source>
        <translation>Оценки предложены по прогрессу каждого ключевого результата: 0,7–1,0 — зелёный, 0,4–0,6 — жёлтый, 0,0–0,3 — красный; для амбициозной цели успех — 0,6–0,7. После закрытия цикл доступен только для чтения, пока его не откроют снова.</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>&amp;Оценки</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>Ретроспектива</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Check what each column of the file holds; the guess comes from its header.</source>
        <translation>Проверьте, что содержит каждый столбец файла; предположение сделано по заголовку.</translation>
    </message>
    <message>
        <source>Weekly counts</source>
        <translation>Количества по неделям</translation>
    </message>
    <message>
        <source>Raw events (one row per lead and stage)</source>
        <translation>Сырые события (одна строка на лид и этап)</translation>
    </message>
    <message>
        <source>&amp;The file holds:</source>
        <translation>&amp;Файл содержит:</translation>
    </message>
    <message>
        <source>This file cannot be imported as weekly counts: no column holds the counts (how many reached each stage in the week). Set the column that holds them to “{count}”, or choose “{events}” above.</source>
        <translation>Этот файл нельзя импортировать как количества по неделям: ни в одном столбце нет количеств (сколько лидов дошло до каждого этапа за неделю). Укажите для нужного столбца «{count}» или выберите выше «{events}».</translation>
    </message>
    <message>
        <source>Choose the column that holds: {fields}.</source>
        <translation>Выберите столбец, который содержит: {fields}.</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>the week before</source>
        <translation>предыдущей неделей</translation>
    </message>
    <message>
        <source>the mean of the 4 weeks before</source>
        <translation>средним за 4 предыдущие недели</translation>
    </message>
    <message>
        <source>The last week of the range, &amp;compared with</source>
        <translation>Последняя неделя диапазона &amp;в сравнении с</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>You changed this: applying puts yours over theirs.</source>
        <translation>Это изменили вы: при применении ваше значение заменит их.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Theirs (now saved)</source>
        <translation>Их версия (сохранена)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Оставить их версию</translation>
    </message>
    <message>
        <source>&amp;Apply theirs, then mine</source>
        <translation>&amp;Применить их, затем мои правки</translation>
    </message>
    <message>
        <source>Their saved row, with the fields you changed (in bold) set to yours; their other changes (in italics) stay.</source>
        <translation>Их сохранённая запись, в которой изменённые вами поля (жирным) получат ваши значения; остальные их изменения (курсивом) останутся.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Другой пользователь</translation>
    </message>
    <message>
        <source>{name} changed “{title}” on {when}, after you opened it.</source>
        <translation>{name}: изменения в «{title}» внесены {when}, уже после того, как вы открыли запись.</translation>
    </message>
    <message>
        <source>{name} changed “{title}” after you opened it.</source>
        <translation>{name}: изменения в «{title}» внесены уже после того, как вы открыли запись.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team workspace</source>
        <translation>Подключение к командной рабочей области</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Запомнить пароль в системной связке ключей</translation>
    </message>
    <message>
        <source>&amp;Encrypt the connection (TLS)</source>
        <translation>&amp;Шифровать соединение (TLS)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>No system keyring on this computer: the password is asked each time</source>
        <translation>Нет системной связки ключей: пароль будет запрашиваться каждый раз</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>По&amp;дключиться</translation>
    </message>
    <message>
        <source>The password and the data are encrypted on their way.</source>
        <translation>Пароль и данные передаются в зашифрованном виде.</translation>
    </message>
    <message>
        <source>This computer&apos;s own server: nothing crosses the network.</source>
        <translation>Сервер на этом же компьютере: по сети ничего не передаётся.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network between you and the server can read the password and the data. Turn it off only on a network you trust.</source>
        <translation>Без шифрования: любой в сети между вами и сервером может прочитать пароль и данные. Отключайте шифрование только в сети, которой доверяете.</translation>
    </message>
    <message>
        <source>Name the server (localhost for this computer).</source>
        <translation>Укажите сервер (localhost — этот компьютер).</translation>
    </message>
    <message>
        <source>Name the team workspace&apos;s database.</source>
        <translation>Укажите базу данных командной рабочей области.</translation>
    </message>
    <message>
        <source>Name the user you log in as.</source>
        <translation>Укажите пользователя, под которым вы входите.</translation>
    </message>
</context>
<context>
    <name>ConversionTrendChart</name>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>Week of {day}: no rate defined</source>
        <translation>Неделя с {day}: конверсия не определена</translation>
    </message>
    <message>
        <source>Week of {day}
{from_stage} → {to_stage}: {rate}
{to} of {n}</source>
        <translation>Неделя с {day}
{from_stage} → {to_stage}: {rate}
{to} из {n}</translation>
    </message>
</context>
<context>
    <name>CorrectCheckInCommand</name>
    <message>
        <source>Correct check-in of {title}</source>
        <translation>Исправить чек-ин: {title}</translation>
    </message>
</context>
<context>
    <name>CycleCloseActions</name>
    <message>
        <source>C&amp;lose cycle…</source>
        <translation>&amp;Закрыть цикл…</translation>
    </message>
    <message>
        <source>Re&amp;open cycle</source>
        <translation>&amp;Открыть цикл снова</translation>
    </message>
    <message>
        <source>Carry &amp;over…</source>
        <translation>&amp;Перенести…</translation>
    </message>
    <message>
        <source>Close {cycle}</source>
        <translation>Закрыть {cycle}</translation>
    </message>
    <message>
        <source>Reopen {cycle}</source>
        <translation>Открыть снова {cycle}</translation>
    </message>
    <message>
        <source>Carry over from {cycle}</source>
        <translation>Перенос из {cycle}</translation>
    </message>
</context>
<context>
    <name>CycleCloseCommands</name>
    <message>
        <source>What helped</source>
        <translation>Что помогло</translation>
    </message>
    <message>
        <source>Root causes of misses</source>
        <translation>Причины промахов</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>Start a new cycle</source>
        <translation>Начать новый цикл</translation>
    </message>
    <message>
        <source>Start cycle</source>
        <translation>Начать цикл</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>П&amp;оследний день:</translation>
    </message>
    <message>
        <source>The cycle needs a name.</source>
        <translation>Циклу нужно название.</translation>
    </message>
    <message>
        <source>A cycle with this name already exists.</source>
        <translation>Цикл с таким названием уже есть.</translation>
    </message>
    <message>
        <source>The last day must come after the first day.</source>
        <translation>Последний день должен быть позже первого.</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Objectives this cycle</source>
        <translation>Цели цикла</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Ключевые результаты</translation>
    </message>
    <message>
        <source>Check-ins in the last 7 days</source>
        <translation>Чек-ины за 7 дней</translation>
    </message>
    <message>
        <source>Experiments running</source>
        <translation>Идущие эксперименты</translation>
    </message>
    <message>
        <source>Weeks of funnel data</source>
        <translation>Недель данных воронки</translation>
    </message>
    <message>
        <source>No funnel data yet.</source>
        <translation>Данных воронки пока нет.</translation>
    </message>
    <message>
        <source>Last full week in the funnel</source>
        <translation>Последняя полная неделя воронки</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Эксперименты</translation>
    </message>
    <message>
        <source>Latest check-ins</source>
        <translation>Последние чек-ины</translation>
    </message>
    <message>
        <source>Funnel in the week of {date}</source>
        <translation>Воронка на неделе с {date}</translation>
    </message>
    <message>
        <source>No cycle yet: start one from the File menu.</source>
        <translation>Циклов пока нет: начните цикл из меню «Файл».</translation>
    </message>
    <message>
        <source>{name}: {start} – {end}</source>
        <translation>{name}: {start} – {end}</translation>
    </message>
    <message>
        <source>Day {day} of {days} · {share} of the cycle has passed</source>
        <translation>День {day} из {days} · прошло {share} цикла</translation>
    </message>
</context>
<context>
    <name>DayCard</name>
    <message>
        <source>Day {day}</source>
        <translation>День {day}</translation>
    </message>
    <message>
        <source>Add a task on Day {day}</source>
        <translation>Добавить задачу на день {day}</translation>
    </message>
</context>
<context>
    <name>DayTemplate</name>
    <message>
        <source>Define: one variable, the hypothesis and the metric</source>
        <translation>Определить: одна переменная, гипотеза и метрика</translation>
    </message>
    <message>
        <source>Deploy the change</source>
        <translation>Внедрить изменение</translation>
    </message>
    <message>
        <source>Collect data; check attribution</source>
        <translation>Собрать данные; проверить атрибуцию</translation>
    </message>
    <message>
        <source>Check lead quality</source>
        <translation>Проверить качество лидов</translation>
    </message>
    <message>
        <source>Decide: scale or roll back</source>
        <translation>Решить: масштабировать или откатить</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Масштабировать</translation>
    </message>
    <message>
        <source>The variant wins: make it the way we work.</source>
        <translation>Вариант победил: работаем так и дальше.</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Откатить</translation>
    </message>
    <message>
        <source>Go back to the control. The experiment, its tasks and its results are kept.</source>
        <translation>Вернуться к контролю. Эксперимент, его задачи и результаты сохранятся.</translation>
    </message>
    <message>
        <source>&amp;Iterate</source>
        <translation>&amp;Доработать</translation>
    </message>
    <message>
        <source>Promising: change it and test again.</source>
        <translation>Перспективно: изменить и проверить снова.</translation>
    </message>
    <message>
        <source>I&amp;nconclusive</source>
        <translation>&amp;Без результата</translation>
    </message>
    <message>
        <source>No detectable difference, or not enough data.</source>
        <translation>Разницы не видно или данных недостаточно.</translation>
    </message>
    <message>
        <source>Decide {code}</source>
        <translation>Решение по {code}</translation>
    </message>
    <message>
        <source>What did the numbers show, what did sales say, what do we try next?</source>
        <translation>Что показали цифры, что сказали продажи, что пробуем дальше?</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>&amp;Learnings:</source>
        <translation>&amp;Выводы:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Дата &amp;решения:</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Записать решение</translation>
    </message>
    <message>
        <source>Decide before Day 1?</source>
        <translation>Решать до дня 1?</translation>
    </message>
    <message>
        <source>{code} starts on {start} (its Day 1), after the decision date {date}: it had not run then, so there is no data to decide on.
Record the decision anyway?</source>
        <translation>{code} начинается {start} (его день 1), позже даты решения {date}: тогда он ещё не шёл, и данных для решения нет.
Всё равно записать решение?</translation>
    </message>
</context>
<context>
    <name>DeleteCheckInCommand</name>
    <message>
        <source>Delete check-in of {title}</source>
        <translation>Удалить чек-ин: {title}</translation>
    </message>
</context>
<context>
    <name>DemoTask</name>
    <message>
        <source>Building the demo workspace</source>
        <translation>Создание демонстрационной рабочей области</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>The changes to the previous item were not valid and were not saved.</source>
        <translation>Изменения предыдущего элемента были некорректны и не сохранены.</translation>
    </message>
    <message>
        <source>Select an objective or a key result to edit it here.</source>
        <translation>Выберите цель или ключевой результат, чтобы изменить их здесь.</translation>
    </message>
    <message>
        <source>This workspace is read-only: nothing in it can be changed.</source>
        <translation>Эта рабочая область открыта только для чтения: в ней ничего нельзя изменить.</translation>
    </message>
    <message>
        <source>This cycle is closed: reopen it to change its objectives.</source>
        <translation>Этот цикл закрыт: откройте его снова, чтобы изменить цели.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Сбросить</translation>
    </message>
</context>
<context>
    <name>ExperimentBoard</name>
    <message>
        <source>Tick “{title}” done</source>
        <translation>Отметить выполненной: «{title}»</translation>
    </message>
    <message>
        <source>Reopen “{title}”</source>
        <translation>Открыть снова: «{title}»</translation>
    </message>
    <message>
        <source>Edit task “{title}”</source>
        <translation>Изменить задачу «{title}»</translation>
    </message>
    <message>
        <source>Add task “{title}”</source>
        <translation>Добавить задачу «{title}»</translation>
    </message>
    <message>
        <source>Delete task “{title}”</source>
        <translation>Удалить задачу «{title}»</translation>
    </message>
    <message>
        <source>Move {code} to the week of {day}</source>
        <translation>Перенести {code} на неделю с {day}</translation>
    </message>
</context>
<context>
    <name>ExperimentCard</name>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <source>no funnel step yet</source>
        <translation>шаг воронки не задан</translation>
    </message>
    <message>
        <source>Day 1: {date}</source>
        <translation>День 1: {date}</translation>
    </message>
    <message>
        <source>Double-click to open.</source>
        <translation>Откройте двойным щелчком.</translation>
    </message>
    <message>
        <source>Drag onto “Previous week” or “Next week” to move it. </source>
        <translation>Перетащите на «Предыдущая неделя» или «Следующая неделя», чтобы перенести. </translation>
    </message>
    <message>
        <source>Move to next week</source>
        <translation>Перенести на следующую неделю</translation>
    </message>
    <message>
        <source>Move to previous week</source>
        <translation>Перенести на предыдущую неделю</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>ExperimentCommands</name>
    <message>
        <source>New experiment “{title}”</source>
        <translation>Новый эксперимент «{title}»</translation>
    </message>
    <message>
        <source>Delete {code}</source>
        <translation>Удалить {code}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Гипотеза</translation>
    </message>
    <message>
        <source>Variable changed</source>
        <translation>Что меняем</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Ключевой результат</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>От этапа</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>До этапа</translation>
    </message>
    <message>
        <source>Control share</source>
        <translation>Доля контроля</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>День 1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Простота</translation>
    </message>
    <message>
        <source>Minimum detectable effect</source>
        <translation>Мин. обнаруживаемый эффект</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Срок (дней)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Изменить «{title}»</translation>
    </message>
    <message>
        <source>Decide {code}</source>
        <translation>Решение по {code}</translation>
    </message>
</context>
<context>
    <name>ExperimentEditing</name>
    <message>
        <source>&amp;New experiment…</source>
        <translation>&amp;Новый эксперимент…</translation>
    </message>
    <message>
        <source>&amp;Edit experiment…</source>
        <translation>&amp;Изменить эксперимент…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Решение…</translation>
    </message>
    <message>
        <source>&amp;Plan for week…</source>
        <translation>&amp;Запланировать на неделю…</translation>
    </message>
    <message>
        <source>&amp;Mark as running</source>
        <translation>&amp;Отметить запуск</translation>
    </message>
    <message>
        <source>De&amp;lete experiment</source>
        <translation>&amp;Удалить эксперимент</translation>
    </message>
    <message>
        <source>&amp;Mark as {status}</source>
        <translation>О&amp;тметить как «{status}»</translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation>Новый эксперимент</translation>
    </message>
    <message>
        <source>{code} (given on saving)</source>
        <translation>{code} (присваивается при сохранении)</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>Изменить {code}</translation>
    </message>
    <message>
        <source>Delete experiment</source>
        <translation>Удалить эксперимент</translation>
    </message>
    <message>
        <source>Delete {code} “{title}” with its day tasks and results?
Its code is not given again. Edit → Undo brings everything back.</source>
        <translation>Удалить {code} «{title}» вместе с задачами по дням и результатами?
Его код больше не будет выдан. «Правка → Отменить» вернёт всё обратно.</translation>
    </message>
    <message>
        <source>Plan {code} for {date}</source>
        <translation>Запланировать {code} на {date}</translation>
    </message>
    <message>
        <source>Mark {code} as {status}</source>
        <translation>Отметить {code} как «{status}»</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Ещё не начат</translation>
    </message>
    <message>
        <source>{code} starts on {date} (its Day 1) and can be marked as running from that day: its day tasks and results count from Day 1.
To start it earlier, move its Day 1 with Plan for week…</source>
        <translation>{code} начинается {date} (его день 1), и отметить запуск можно только с этого дня: задачи по дням и результаты считаются от дня 1.
Чтобы начать раньше, перенесите его день 1 через «Запланировать на неделю…».</translation>
    </message>
</context>
<context>
    <name>ExperimentEditor</name>
    <message>
        <source>If we &lt;change&gt;, then &lt;metric&gt; will &lt;move&gt;, because &lt;reason&gt;.</source>
        <translation>Если мы &lt;что изменим&gt;, то &lt;метрика&gt; &lt;как изменится&gt;, потому что &lt;причина&gt;.</translation>
    </message>
    <message>
        <source>Codes are given in order and never reused</source>
        <translation>Коды выдаются по порядку и не используются повторно</translation>
    </message>
    <message>
        <source>Customer logos above the demo form</source>
        <translation>Логотипы клиентов над демо-формой</translation>
    </message>
    <message>
        <source>&amp;Insert template</source>
        <translation>Вставить &amp;шаблон</translation>
    </message>
    <message>
        <source>The one thing that differs between the arms</source>
        <translation>Единственное, чем различаются группы</translation>
    </message>
    <message>
        <source>No key result</source>
        <translation>Без ключевого результата</translation>
    </message>
    <message>
        <source>No funnel</source>
        <translation>Без воронки</translation>
    </message>
    <message>
        <source> % in control</source>
        <translation> %</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>The smallest change of the rate worth detecting, in percentage points</source>
        <translation>Наименьшее изменение конверсии, которое стоит обнаружить, в процентных пунктах</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Контроль:</translation>
    </message>
    <message>
        <source>Effect:</source>
        <translation>Эффект:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Влияние:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Уверенность:</translation>
    </message>
    <message>
        <source>Ease:</source>
        <translation>Простота:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Hypothesis:</source>
        <translation>&amp;Гипотеза:</translation>
    </message>
    <message>
        <source>&amp;Variable changed:</source>
        <translation>&amp;Что меняем:</translation>
    </message>
    <message>
        <source>&amp;Key result:</source>
        <translation>&amp;Ключевой результат:</translation>
    </message>
    <message>
        <source>&amp;Funnel:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;Primary metric:</source>
        <translation>Основная &amp;метрика:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Day &amp;1:</source>
        <translation>День &amp;1:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>ICE:</source>
        <translation>ICE:</translation>
    </message>
    <message>
        <source>Insert template</source>
        <translation>Вставить шаблон</translation>
    </message>
    <message>
        <source>Replace the hypothesis written with the template?</source>
        <translation>Заменить написанную гипотезу шаблоном?</translation>
    </message>
    <message>
        <source>ICE {score}</source>
        <translation>ICE {score}</translation>
    </message>
</context>
<context>
    <name>ExperimentErrors</name>
    <message>
        <source>an experiment is decided, and stops being so, through its decision</source>
        <translation>эксперимент становится решённым и перестаёт быть им только через решение</translation>
    </message>
    <message>
        <source>a decided experiment keeps its status until its decision is cleared</source>
        <translation>решённый эксперимент сохраняет статус, пока решение не снято</translation>
    </message>
    <message>
        <source>an experiment is decided by recording its decision</source>
        <translation>эксперимент становится решённым, когда записано решение</translation>
    </message>
    <message>
        <source>a {status} experiment has nothing to decide yet</source>
        <translation>по эксперименту в статусе «{status}» пока нечего решать</translation>
    </message>
    <message>
        <source>a decision goes with the decided status, and only with it</source>
        <translation>решение бывает только при статусе «решён»</translation>
    </message>
    <message>
        <source>a {status} experiment keeps its start date</source>
        <translation>эксперимент в статусе «{status}» сохраняет дату старта</translation>
    </message>
    <message>
        <source>a {status} experiment needs a start date</source>
        <translation>эксперименту в статусе «{status}» нужна дата старта</translation>
    </message>
    <message>
        <source>{current} moves on to {next} first, not to {status}</source>
        <translation>из статуса «{current}» сначала переходят в «{next}», а не в «{status}»</translation>
    </message>
    <message>
        <source>a task needs a title</source>
        <translation>задаче нужно название</translation>
    </message>
    <message numerus="yes">
        <source>the title is longer than %n character(s)</source>
        <translation>
            <numerusform>название длиннее %n символа</numerusform>
            <numerusform>название длиннее %n символов</numerusform>
            <numerusform>название длиннее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>the day must be 1 to 7, not {day}</source>
        <translation>день должен быть от 1 до 7, а не {day}</translation>
    </message>
</context>
<context>
    <name>ExperimentPlanner</name>
    <message>
        <source>Choose the funnel step the change should move to see how long it needs.</source>
        <translation>Выберите шаг воронки, который должно сдвинуть изменение, чтобы увидеть нужную длительность.</translation>
    </message>
    <message numerus="yes">
        <source>No funnel counts for {step} in the last %Ln full week(s): the sample this test needs cannot be estimated yet.</source>
        <translation>
            <numerusform>Нет данных воронки для {step} за последнюю %Ln полную неделю: нужную тесту выборку пока не оценить.</numerusform>
            <numerusform>Нет данных воронки для {step} за последние %Ln полные недели: нужную тесту выборку пока не оценить.</numerusform>
            <numerusform>Нет данных воронки для {step} за последние %Ln полных недель: нужную тесту выборку пока не оценить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step}: {rate} of about {weekly} a week (last %Ln full week(s)).</source>
        <translation>
            <numerusform>{step}: {rate} из примерно {weekly} в неделю (последняя %Ln полная неделя).</numerusform>
            <numerusform>{step}: {rate} из примерно {weekly} в неделю (последние %Ln полные недели).</numerusform>
            <numerusform>{step}: {rate} из примерно {weekly} в неделю (последние %Ln полных недель).</numerusform>
        </translation>
    </message>
    <message>
        <source>A rate of 0 % or 100 % cannot be tested for a change.</source>
        <translation>Конверсию 0 % или 100 % нельзя проверить на изменение.</translation>
    </message>
    <message numerus="yes">
        <source>In %Ln day(s) this step can show a change of {mde} or more.</source>
        <translation>
            <numerusform>За %Ln день этот шаг может показать изменение от {mde} и больше.</numerusform>
            <numerusform>За %Ln дня этот шаг может показать изменение от {mde} и больше.</numerusform>
            <numerusform>За %Ln дней этот шаг может показать изменение от {mde} и больше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln day(s) this step cannot show any change.</source>
        <translation>
            <numerusform>За %Ln день этот шаг не может показать никакого изменения.</numerusform>
            <numerusform>За %Ln дня этот шаг не может показать никакого изменения.</numerusform>
            <numerusform>За %Ln дней этот шаг не может показать никакого изменения.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the planned effect to see the sample it needs.</source>
        <translation>Задайте планируемый эффект, чтобы увидеть нужную выборку.</translation>
    </message>
    <message>
        <source>A change of {mde} would take the rate past 100 %.</source>
        <translation>Изменение на {mde} вывело бы конверсию за 100 %.</translation>
    </message>
    <message numerus="yes">
        <source>To show {mde}, each arm needs %Ln visitor(s).</source>
        <translation>
            <numerusform>Чтобы показать {mde}, каждой группе нужен %Ln посетитель.</numerusform>
            <numerusform>Чтобы показать {mde}, каждой группе нужно %Ln посетителя.</numerusform>
            <numerusform>Чтобы показать {mde}, каждой группе нужно %Ln посетителей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That takes %Ln day(s) at this traffic.</source>
        <translation>
            <numerusform>При таком трафике это займёт %Ln день.</numerusform>
            <numerusform>При таком трафике это займёт %Ln дня.</numerusform>
            <numerusform>При таком трафике это займёт %Ln дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That fits in the %Ln day(s) planned.</source>
        <translation>
            <numerusform>Это укладывается в запланированный %Ln день.</numerusform>
            <numerusform>Это укладывается в запланированные %Ln дня.</numerusform>
            <numerusform>Это укладывается в запланированные %Ln дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln day(s) is more than the {planned} planned.</source>
        <translation>
            <numerusform>Внимание: %Ln день — больше запланированных {planned}.</numerusform>
            <numerusform>Внимание: %Ln дня — больше запланированных {planned}.</numerusform>
            <numerusform>Внимание: %Ln дней — больше запланированных {planned}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a bigger change (it needs fewer visitors).</source>
        <translation>Запланируйте изменение побольше (нужно меньше посетителей).</translation>
    </message>
    <message>
        <source>Test a step with more traffic.</source>
        <translation>Проверяйте шаг с бо́льшим трафиком.</translation>
    </message>
    <message>
        <source>Run it for {long} days instead of {planned}.</source>
        <translation>Проводите {long} дн. вместо {planned}.</translation>
    </message>
    <message>
        <source>Even a {long}-day run is too short for this effect.</source>
        <translation>Даже {long} дн. мало для такого эффекта.</translation>
    </message>
</context>
<context>
    <name>ExperimentResults</name>
    <message>
        <source>&lt; {limit}</source>
        <translation>&lt; {limit}</translation>
    </message>
    <message>
        <source>{variant}&apos;s leads reach SQL less often: {variant_share} against {control_share} ({p}).</source>
        <translation>Лиды варианта {variant} реже доходят до SQL: {variant_share} против {control_share} ({p}).</translation>
    </message>
    <message>
        <source>{variant}&apos;s leads reach SQL more often: {variant_share} against {control_share} ({p}).</source>
        <translation>Лиды варианта {variant} чаще доходят до SQL: {variant_share} против {control_share} ({p}).</translation>
    </message>
    <message>
        <source>Sample ratio mismatch: results unreliable</source>
        <translation>Перекос групп: результатам нельзя доверять</translation>
    </message>
    <message>
        <source>{control} got {control_n} visitors and {variant} {variant_n}, far from the planned split ({p}). Visitors are not being assigned as planned: fix the assignment and start again before reading any rate.</source>
        <translation>{control} получил {control_n} посетителей, а {variant} — {variant_n}, далеко от запланированной разбивки ({p}). Посетители распределяются не по плану: исправьте распределение и начните заново, прежде чем смотреть на конверсию.</translation>
    </message>
    <message>
        <source>Not enough data yet</source>
        <translation>Пока мало данных</translation>
    </message>
    <message>
        <source>Each arm needs at least {visitors} visitors and {conversions} conversions before the numbers can say anything; still short: {arms}.</source>
        <translation>Каждой группе нужно не меньше {visitors} посетителей и {conversions} конверсий, прежде чем цифры что-то скажут; пока не хватает: {arms}.</translation>
    </message>
    <message>
        <source>{variant} wins</source>
        <translation>{variant} выигрывает</translation>
    </message>
    <message>
        <source>{variant} loses</source>
        <translation>{variant} проигрывает</translation>
    </message>
    <message>
        <source>{verdict}, with only {power} power</source>
        <translation>{verdict}, мощность всего {power}</translation>
    </message>
    <message>
        <source>{variant} converted {variant_rate} against {control_rate} for {control} ({lift} relative): a difference this large is unlikely to be noise even when the results are looked at every day (always-valid {always_valid_p}, {p} at one look{holm}).</source>
        <translation>{variant}: конверсия {variant_rate} против {control_rate} у {control} ({lift} относительно): такая разница вряд ли случайна, даже если смотреть на результаты каждый день (последовательное {always_valid_p}, {p} при одном просмотре{holm}).</translation>
    </message>
    <message>
        <source>But the test had only {power} power for the planned {mde}, so a win this early or this small likely overstates the effect.</source>
        <translation>Но при запланированном эффекте {mde} мощность теста была всего {power}, поэтому такая ранняя или небольшая победа, скорее всего, преувеличивает эффект.</translation>
    </message>
    <message>
        <source>{variant} is leading, not conclusive</source>
        <translation>{variant} впереди, но это не окончательно</translation>
    </message>
    <message>
        <source>{variant} is trailing, not conclusive</source>
        <translation>{variant} позади, но это не окончательно</translation>
    </message>
    <message>
        <source>{variant} converts {variant_rate} against {control_rate} for {control} ({p} at one look). The experiment has not reached its planned end or sample, and a test that stays honest under daily looks does not call it yet (always-valid {always_valid_p}{holm}): keep it running.</source>
        <translation>{variant}: конверсия {variant_rate} против {control_rate} у {control} ({p} при одном просмотре). Эксперимент ещё не дошёл до запланированного конца или выборки, а тест, честный при ежедневных просмотрах, пока не даёт вывода (последовательное {always_valid_p}{holm}): продолжайте.</translation>
    </message>
    <message>
        <source>{variant} converted {variant_rate} against {control_rate} for {control} ({p} at one look), but not by enough for a call that stays honest under daily looks (always-valid {always_valid_p}{holm}).</source>
        <translation>{variant}: конверсия {variant_rate} против {control_rate} у {control} ({p} при одном просмотре), но разница недостаточна для вывода, честного при ежедневных просмотрах (последовательное {always_valid_p}{holm}).</translation>
    </message>
    <message>
        <source>No detectable difference</source>
        <translation>Разница не обнаружена</translation>
    </message>
    <message>
        <source>{variant} converted {variant_rate} against {control_rate} for {control}; a difference this small could be noise ({p}).</source>
        <translation>{variant}: конверсия {variant_rate} против {control_rate} у {control}; такая малая разница может быть шумом ({p}).</translation>
    </message>
    <message numerus="yes">
        <source>, Holm-corrected over %Ln variant(s)</source>
        <translation>
            <numerusform>, с поправкой Холма на %Ln вариант</numerusform>
            <numerusform>, с поправкой Холма на %Ln варианта</numerusform>
            <numerusform>, с поправкой Холма на %Ln вариантов</numerusform>
        </translation>
    </message>
    <message>
        <source>{lift} ({low} to {high})</source>
        <translation>{lift} ({low} – {high})</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test</source>
        <translation>Точный тест Фишера</translation>
    </message>
    <message>
        <source>z-test</source>
        <translation>z-тест</translation>
    </message>
    <message>
        <source>Rate of {arm}</source>
        <translation>Конверсия: {arm}</translation>
    </message>
    <message>
        <source>{rate} ({conversions} of {visitors})</source>
        <translation>{rate} ({conversions} из {visitors})</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>95 % interval of the difference</source>
        <translation>95 % интервал разницы</translation>
    </message>
    <message>
        <source>Always-valid 95 % interval</source>
        <translation>Последоват. 95 % интервал</translation>
    </message>
    <message>
        <source>Relative lift</source>
        <translation>Относительный прирост</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-значение</translation>
    </message>
    <message>
        <source>Test at one look</source>
        <translation>Тест при одном просмотре</translation>
    </message>
    <message>
        <source>Always-valid p</source>
        <translation>Последоват. p</translation>
    </message>
    <message>
        <source>Chance that {variant} is better</source>
        <translation>Шанс, что {variant} лучше</translation>
    </message>
    <message>
        <source>Split check (sample ratio p)</source>
        <translation>Проверка разбивки (p)</translation>
    </message>
    <message>
        <source>With these visitors the test can detect {mde} or more.</source>
        <translation>С таким числом посетителей тест обнаружит изменение от {mde} и больше.</translation>
    </message>
    <message>
        <source>No effect was planned for this test.</source>
        <translation>Для этого теста эффект не планировался.</translation>
    </message>
    <message>
        <source>Its power for the planned {mde} cannot be worked out yet.</source>
        <translation>Мощность при запланированном эффекте {mde} пока не рассчитать.</translation>
    </message>
    <message>
        <source>It had the power to see the planned {mde}: {power} power.</source>
        <translation>Мощности хватало, чтобы увидеть запланированный эффект {mde}: {power}.</translation>
    </message>
    <message>
        <source>It did not have the power to see the planned {mde}: only {power} power.</source>
        <translation>Мощности не хватало, чтобы увидеть запланированный эффект {mde}: всего {power}.</translation>
    </message>
    <message>
        <source>Here “no difference” does not mean no effect.</source>
        <translation>Здесь «разницы нет» не значит «эффекта нет».</translation>
    </message>
</context>
<context>
    <name>ExperimentsSection</name>
    <message>
        <source>Experiments</source>
        <translation>Эксперименты</translation>
    </message>
    <message>
        <source>One change a week, verified by data: plan it, run it, decide.</source>
        <translation>Одно изменение в неделю, проверенное данными: спланировать, провести, решить.</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Бэклог</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>De&amp;cide…</source>
        <translation>&amp;Решение…</translation>
    </message>
    <message>
        <source>Scale, roll back, iterate or call it inconclusive, with the learnings</source>
        <translation>Масштабировать, откатить, доработать или признать без результата — с выводами</translation>
    </message>
    <message>
        <source>Move the experiment one step along its week</source>
        <translation>Передвинуть эксперимент на шаг вперёд в его неделе</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>единица</translation>
    </message>
    <message>
        <source>unit label</source>
        <translation>подпись единицы</translation>
    </message>
    <message>
        <source>decimals</source>
        <translation>число знаков после запятой</translation>
    </message>
    <message>
        <source>start</source>
        <translation>начальное значение</translation>
    </message>
    <message>
        <source>target</source>
        <translation>целевое значение</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вес</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>бюджет</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>затраты</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>уверенность</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>key result</source>
        <translation>ключевой результат</translation>
    </message>
    <message>
        <source>team</source>
        <translation>команда</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>first day of the week</source>
        <translation>первый день недели</translation>
    </message>
    <message>
        <source>at-risk gap</source>
        <translation>порог отставания «под угрозой»</translation>
    </message>
    <message>
        <source>off-track gap</source>
        <translation>порог отставания «не по плану»</translation>
    </message>
    <message>
        <source>at-risk confidence</source>
        <translation>порог уверенности «под угрозой»</translation>
    </message>
    <message>
        <source>off-track confidence</source>
        <translation>порог уверенности «не по плану»</translation>
    </message>
    <message>
        <source>days until a key result is stale</source>
        <translation>предел дней без чек-ина</translation>
    </message>
    <message>
        <source>conversion window</source>
        <translation>окно конверсии</translation>
    </message>
    <message>
        <source>control share</source>
        <translation>доля контроля</translation>
    </message>
    <message>
        <source>planned effect</source>
        <translation>планируемый эффект</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>воронка</translation>
    </message>
    <message>
        <source>from stage</source>
        <translation>начальный этап</translation>
    </message>
    <message>
        <source>to stage</source>
        <translation>конечный этап</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>дата старта</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of weekly counts or of raw events from a CRM.</source>
        <translation>Выгрузка из CRM в CSV или XLSX: количества по неделям или сырые события.</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>Файл .csv или .xlsx</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Type a new name to import into a new funnel with the usual stages.</source>
        <translation>Введите новое название, чтобы импортировать в новую воронку со стандартными этапами.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>F&amp;unnel:</source>
        <translation>В&amp;оронка:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Import funnel data</source>
        <translation>Импорт данных воронки</translation>
    </message>
    <message>
        <source>CSV and Excel files (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Файлы CSV и Excel (*.csv *.txt *.tsv *.xlsx *.xlsm);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>{columns} columns: {names}</source>
        <translation>Столбцы ({columns}): {names}</translation>
    </message>
    <message>
        <source>There is no funnel called “{name}”: it will be created with the usual stages.</source>
        <translation>Воронки «{name}» нет: она будет создана со стандартными этапами.</translation>
    </message>
</context>
<context>
    <name>ForecastBlock</name>
    <message>
        <source>The forecast continues the straight line through each key result&apos;s check-ins to the cycle&apos;s last day; binary and stay-above/below key results have none.</source>
        <translation>Прогноз продолжает прямую через чек-ины каждого ключевого результата до последнего дня цикла; для бинарных ключевых результатов и типа «держать выше/ниже» прогноза нет.</translation>
    </message>
    <message>
        <source>Forecast to cycle end</source>
        <translation>Прогноз на конец цикла</translation>
    </message>
    <message>
        <source>Forecast to {end}; {expected} expected by now</source>
        <translation>Прогноз на {end}; по графику на сегодня {expected}</translation>
    </message>
</context>
<context>
    <name>FunnelAlertsPanel</name>
    <message>
        <source>Funnel alerts</source>
        <translation>Сигналы воронки</translation>
    </message>
    <message>
        <source>Funnel alerts: significant drops in the week of {date}</source>
        <translation>Сигналы воронки: значимые падения на неделе с {date}</translation>
    </message>
</context>
<context>
    <name>FunnelBarsChart</name>
    <message>
        <source>{count}  ·  {step} of {previous}</source>
        <translation>{count}  ·  {step} от {previous}</translation>
    </message>
    <message>
        <source>{count}  ·  {step} of {previous}  ·  {overall} of {first}</source>
        <translation>{count}  ·  {step} от {previous}  ·  {overall} от {first}</translation>
    </message>
    <message>
        <source>No counts in these weeks</source>
        <translation>Нет данных за эти недели</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Funnel, week of {day}</source>
        <translation>Воронка, неделя с {day}</translation>
    </message>
    <message>
        <source>Funnel, weeks of {first} to {last}</source>
        <translation>Воронка, недели с {first} по {last}</translation>
    </message>
</context>
<context>
    <name>FunnelCharts</name>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Conversion trend</source>
        <translation>Динамика конверсии</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>По источникам</translation>
    </message>
    <message>
        <source>Compare weeks</source>
        <translation>Сравнение недель</translation>
    </message>
</context>
<context>
    <name>FunnelCommands</name>
    <message>
        <source>New funnel {name}</source>
        <translation>Новая воронка {name}</translation>
    </message>
    <message>
        <source>Rename funnel {old} to {new}</source>
        <translation>Переименовать воронку {old} в {new}</translation>
    </message>
    <message>
        <source>Delete funnel {name}</source>
        <translation>Удалить воронку {name}</translation>
    </message>
    <message>
        <source>New stage {name}</source>
        <translation>Новый этап {name}</translation>
    </message>
    <message>
        <source>Rename stage {old} to {new}</source>
        <translation>Переименовать этап {old} в {new}</translation>
    </message>
    <message>
        <source>Move stage {name}</source>
        <translation>Переместить этап {name}</translation>
    </message>
    <message>
        <source>Delete stage {name}</source>
        <translation>Удалить этап {name}</translation>
    </message>
</context>
<context>
    <name>FunnelDefinitionsDialog</name>
    <message>
        <source>Funnels and stages</source>
        <translation>Воронки и этапы</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&amp;New funnel…</source>
        <translation>&amp;Новая воронка…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <source>&amp;Delete funnel</source>
        <translation>&amp;Удалить воронку</translation>
    </message>
    <message>
        <source>&amp;Add stage…</source>
        <translation>&amp;Добавить этап…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вв&amp;ерх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>У&amp;брать</translation>
    </message>
    <message>
        <source>&amp;Funnel:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;Stages, in funnel order (drag to reorder):</source>
        <translation>&amp;Этапы в порядке воронки (перетащите, чтобы изменить порядок):</translation>
    </message>
    <message>
        <source>There is already a funnel called “{name}”.</source>
        <translation>Воронка «{name}» уже есть.</translation>
    </message>
    <message>
        <source>New funnel</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <source>Rename funnel</source>
        <translation>Переименовать воронку</translation>
    </message>
    <message numerus="yes">
        <source>Delete the funnel “{name}” with its stages and %Ln week(s) of data?</source>
        <translation>
            <numerusform>Удалить воронку «{name}» с её этапами и %Ln неделей данных?</numerusform>
            <numerusform>Удалить воронку «{name}» с её этапами и %Ln неделями данных?</numerusform>
            <numerusform>Удалить воронку «{name}» с её этапами и %Ln неделями данных?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has counts in %Ln week(s); they will be deleted with it. Remove it?</source>
        <translation>
            <numerusform>У «{name}» есть данные за %Ln неделю; они будут удалены вместе с ним. Удалить?</numerusform>
            <numerusform>У «{name}» есть данные за %Ln недели; они будут удалены вместе с ним. Удалить?</numerusform>
            <numerusform>У «{name}» есть данные за %Ln недель; они будут удалены вместе с ним. Удалить?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the funnel “{name}” and its stages?</source>
        <translation>Удалить воронку «{name}» и её этапы?</translation>
    </message>
    <message>
        <source>This funnel already has a stage called “{name}”.</source>
        <translation>В этой воронке уже есть этап «{name}».</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Переименовать этап</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Edit → Undo puts everything back.</source>
        <translation>«Правка → Отменить» вернёт всё обратно.</translation>
    </message>
</context>
<context>
    <name>FunnelFilters</name>
    <message>
        <source>Funnels and &amp;stages…</source>
        <translation>Воронки и &amp;этапы…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import a CSV or XLSX export (Ctrl+I)</source>
        <translation>Импортировать выгрузку CSV или XLSX (Ctrl+I)</translation>
    </message>
    <message>
        <source>Save ch&amp;art…</source>
        <translation>Сохранить &amp;график…</translation>
    </message>
    <message>
        <source>Save the chart shown as PNG or SVG</source>
        <translation>Сохранить показанный график в PNG или SVG</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Все недели</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln week(s)</source>
        <translation>
            <numerusform>Последние %Ln нед.</numerusform>
            <numerusform>Последние %Ln нед.</numerusform>
            <numerusform>Последние %Ln нед.</numerusform>
        </translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>С … по …</translation>
    </message>
    <message>
        <source>F&amp;unnel:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>Ва&amp;риант:</translation>
    </message>
    <message>
        <source>W&amp;eeks:</source>
        <translation>&amp;Недели:</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(без источника)</translation>
    </message>
    <message>
        <source>All variants</source>
        <translation>Все варианты</translation>
    </message>
    <message>
        <source>No experiment arm</source>
        <translation>Без группы эксперимента</translation>
    </message>
    <message>
        <source>No funnel yet. Import a CSV or XLSX export — File → Import… — or create one with Funnels and stages…</source>
        <translation>Воронок пока нет. Импортируйте выгрузку CSV или XLSX («Файл → Импорт…») или создайте воронку через «Воронки и этапы…»</translation>
    </message>
    <message>
        <source>No counts in this funnel yet. Import a CSV or XLSX export — File → Import… — or type them in the Data tab below.</source>
        <translation>В этой воронке пока нет данных. Импортируйте выгрузку CSV или XLSX («Файл → Импорт…») или введите данные на вкладке «Данные» ниже.</translation>
    </message>
</context>
<context>
    <name>FunnelGridModel</name>
    <message>
        <source>{stage}, week of {week}: {reason}. Nothing was changed.</source>
        <translation>{stage}, неделя с {week}: {reason}. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>FunnelGridPanel</name>
    <message>
        <source>Add &amp;week</source>
        <translation>Добавить &amp;неделю</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <source>All sources together, read only: choose one source to type or paste.</source>
        <translation>Все источники вместе, только чтение: выберите один источник, чтобы вводить или вставлять данные.</translation>
    </message>
    <message>
        <source>This source has experiment arms: choose a variant to edit its counts.</source>
        <translation>У этого источника есть группы эксперимента: выберите вариант, чтобы изменить его данные.</translation>
    </message>
    <message>
        <source>Type a count, or paste a block copied from a spreadsheet (Ctrl+V).</source>
        <translation>Введите количество или вставьте блок, скопированный из электронной таблицы (Ctrl+V).</translation>
    </message>
    <message>
        <source>Edit {stage}, week of {week}</source>
        <translation>Изменить {stage}, неделя с {week}</translation>
    </message>
    <message>
        <source>Row {line}, column {column} of the pasted block: {reason}. Nothing was pasted.</source>
        <translation>Строка {line}, столбец {column} вставленного блока: {reason}. Ничего не вставлено.</translation>
    </message>
    <message numerus="yes">
        <source>The block has %Ln row(s).</source>
        <translation>
            <numerusform>В блоке %Ln строка.</numerusform>
            <numerusform>В блоке %Ln строки.</numerusform>
            <numerusform>В блоке %Ln строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table has only %Ln week(s) from the selected one on. Add weeks first. Nothing was pasted.</source>
        <translation>
            <numerusform>Начиная с выбранной, в таблице только %Ln неделя. Сначала добавьте недели. Ничего не вставлено.</numerusform>
            <numerusform>Начиная с выбранной, в таблице только %Ln недели. Сначала добавьте недели. Ничего не вставлено.</numerusform>
            <numerusform>Начиная с выбранной, в таблице только %Ln недель. Сначала добавьте недели. Ничего не вставлено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln count(s)</source>
        <translation>
            <numerusform>Вставить %Ln значение</numerusform>
            <numerusform>Вставить %Ln значения</numerusform>
            <numerusform>Вставить %Ln значений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %Ln count(s)</source>
        <translation>
            <numerusform>Очистить %Ln значение</numerusform>
            <numerusform>Очистить %Ln значения</numerusform>
            <numerusform>Очистить %Ln значений</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {line}, column {column} of the pasted block falls beyond the last stage, {stage}. Nothing was pasted.</source>
        <translation>Строка {line}, столбец {column} вставленного блока выходит за последний этап, «{stage}». Ничего не вставлено.</translation>
    </message>
</context>
<context>
    <name>FunnelPaste</name>
    <message>
        <source>“{text}” is not a number</source>
        <translation>«{text}» — не число</translation>
    </message>
    <message>
        <source>“{text}” is negative; a count is 0 or more</source>
        <translation>«{text}» — отрицательное число; количество должно быть 0 или больше</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>«{text}» — не целое число</translation>
    </message>
</context>
<context>
    <name>FunnelSection</name>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Each stage week by week, by source and experiment arm.</source>
        <translation>Каждый этап по неделям, по источникам и группам экспериментов.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln weekly count(s)…</source>
        <translation>
            <numerusform>Чтение %Ln недельного значения…</numerusform>
            <numerusform>Чтение %Ln недельных значений…</numerusform>
            <numerusform>Чтение %Ln недельных значений…</numerusform>
        </translation>
    </message>
    <message>
        <source>The funnel could not be read.</source>
        <translation>Не удалось прочитать воронку.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>FunnelWeekModel</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>От начала</translation>
    </message>
</context>
<context>
    <name>GradesModel</name>
    <message>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Ключевой результат</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Proposed from the progress: {score}</source>
        <translation>Предложено по прогрессу: {score}</translation>
    </message>
    <message>
        <source>{score} is a success for a stretch goal.</source>
        <translation>{score} — успех для амбициозной цели.</translation>
    </message>
</context>
<context>
    <name>HistoryEditing</name>
    <message>
        <source>Delete the check-in of {date} (value {value})?</source>
        <translation>Удалить чек-ин от {date} (значение {value})?</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Удалить чек-ин</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Kind changed</source>
        <translation>Изменён тип</translation>
    </message>
    <message>
        <source>Unit changed</source>
        <translation>Изменена единица</translation>
    </message>
    <message>
        <source>Unit label changed</source>
        <translation>Изменена подпись единицы</translation>
    </message>
    <message>
        <source>Decimals changed</source>
        <translation>Изменено число знаков</translation>
    </message>
    <message>
        <source>Start changed</source>
        <translation>Изменено начальное значение</translation>
    </message>
    <message>
        <source>Target changed</source>
        <translation>Изменено целевое значение</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Blocked: {blockers}</source>
        <translation>Препятствия: {blockers}</translation>
    </message>
    <message>
        <source>(automatic) </source>
        <translation>(автоматически) </translation>
    </message>
    <message>
        <source>{what} on {date} by {author}: {values}</source>
        <translation>{what} — {date}, {author}: {values}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>Automatic check-in: the funnel metric the key result is bound to</source>
        <translation>Автоматический чек-ин: метрика воронки, к которой привязан ключевой результат</translation>
    </message>
    <message>
        <source>{share} of the way to {target}, the target of that day</source>
        <translation>{share} пути к {target} — целевому значению на тот день</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Choose a key result to see its check-ins.</source>
        <translation>Выберите ключевой результат, чтобы увидеть его чек-ины.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>{owner} · from {start} to {target}</source>
        <translation>{owner} · с {start} до {target}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>без ответственного</translation>
    </message>
    <message>
        <source>Budget {amount}</source>
        <translation>Бюджет {amount}</translation>
    </message>
    <message>
        <source>spent {amount}</source>
        <translation>потрачено {amount}</translation>
    </message>
    <message>
        <source>over budget by {amount}</source>
        <translation>перерасход {amount}</translation>
    </message>
    <message>
        <source>left {amount}</source>
        <translation>осталось {amount}</translation>
    </message>
    <message>
        <source>ROI {roi}</source>
        <translation>ROI {roi}</translation>
    </message>
    <message>
        <source>ROI = (revenue − cost) / cost, where the revenue is what the bound funnel booked in this cycle so far: {revenue}.</source>
        <translation>ROI = (выручка − затраты) / затраты, где выручка — то, что привязанная воронка принесла в этом цикле на сегодня: {revenue}.</translation>
    </message>
    <message>
        <source>ROI = (revenue − cost) / cost, where the revenue is the gain so far: {revenue}.</source>
        <translation>ROI = (выручка − затраты) / затраты, где выручка — прирост на сегодня: {revenue}.</translation>
    </message>
    <message>
        <source>No ROI before the first check-in: the gain so far is the revenue.</source>
        <translation>До первого чек-ина ROI нет: выручка — это прирост на сегодня.</translation>
    </message>
    <message>
        <source>No ROI without a cost: add the cost so far in the key result&apos;s editor.</source>
        <translation>Без затрат ROI нет: укажите затраты на сегодня в редакторе ключевого результата.</translation>
    </message>
    <message>
        <source>No ROI: only a key result that increases an amount of money, or one bound to a funnel with revenue, says what it earns. This one does not.</source>
        <translation>ROI нет: сколько он приносит, показывает только ключевой результат, который увеличивает денежную сумму, или привязанный к воронке с выручкой. Этот — нет.</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>чек-ины</translation>
    </message>
    <message>
        <source>even pace to the target</source>
        <translation>равномерный график до целевого значения</translation>
    </message>
    <message>
        <source>the target as it was</source>
        <translation>прежнее целевое значение</translation>
    </message>
    <message>
        <source>forecast at the cycle&apos;s end: {value}</source>
        <translation>прогноз на конец цикла: {value}</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import {file}</source>
        <translation>Импорт {file}</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Undo import of {file}</source>
        <translation>Отменить импорт {file}</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <source>Nothing imported yet: File → Import… brings a file in.</source>
        <translation>Пока ничего не импортировано: файлы загружаются через «Файл → Импорт…».</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>&amp;Отменить импорт…</translation>
    </message>
    <message>
        <source>Take the chosen import&apos;s rows out and put back the weeks it replaced</source>
        <translation>Убрать строки выбранного импорта и вернуть недели, которые он заменил</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of {file} into {funnel}?

The undo takes out its %Ln row(s) for {weeks} and brings back the weeks it replaced.</source>
        <translation>
            <numerusform>Отменить импорт {file} в {funnel}?

Отмена удалит его %Ln строку за {weeks} и вернёт недели, которые он заменил.</numerusform>
            <numerusform>Отменить импорт {file} в {funnel}?

Отмена удалит его %Ln строки за {weeks} и вернёт недели, которые он заменил.</numerusform>
            <numerusform>Отменить импорт {file} в {funnel}?

Отмена удалит его %Ln строк за {weeks} и вернёт недели, которые он заменил.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key results&apos; history keeps the %Ln automatic check-in(s) it wrote.</source>
        <translation>
            <numerusform>В истории ключевых результатов остаётся %Ln автоматический чек-ин, записанный им.</numerusform>
            <numerusform>В истории ключевых результатов остаются %Ln автоматических чек-ина, записанные им.</numerusform>
            <numerusform>В истории ключевых результатов остаются %Ln автоматических чек-инов, записанные им.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo puts the import back.</source>
        <translation>«Правка → Отменить» вернёт импорт.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Отменить импорт</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Недели</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Weeks {first} to {last} (each week starts on the date shown)</source>
        <translation>Недели с {first} по {last} (каждая неделя начинается с указанной даты)</translation>
    </message>
</context>
<context>
    <name>ImportPages</name>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Source (segment)</source>
        <translation>Источник (сегмент)</translation>
    </message>
    <message>
        <source>Variant (experiment arm)</source>
        <translation>Вариант (группа эксперимента)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>ID лида</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Bar ( | )</source>
        <translation>Вертикальная черта ( | )</translation>
    </message>
    <message>
        <source>Excel serial numbers</source>
        <translation>Числовые даты Excel</translation>
    </message>
    <message>
        <source>Count of stage “{stage}”</source>
        <translation>Количество на этапе «{stage}»</translation>
    </message>
    <message>
        <source>Funnel</source>
        <comment>a new funnel&apos;s name</comment>
        <translation>Воронка</translation>
    </message>
    <message>
        <source> — {sample} is {day}</source>
        <translation> — {sample} означает {day}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import funnel data</source>
        <translation>Импорт данных воронки</translation>
    </message>
    <message>
        <source>Funnel</source>
        <comment>a new funnel&apos;s name</comment>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Чтение {file}</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Чтение файла отменено.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Файл: {name}</translation>
    </message>
    <message>
        <source>Row: {row}</source>
        <translation>Строка: {row}</translation>
    </message>
    <message>
        <source>Column: {column}</source>
        <translation>Столбец: {column}</translation>
    </message>
    <message>
        <source>Problem: {message}</source>
        <translation>Проблема: {message}</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) of {file} into “{funnel}”.</source>
        <translation>
            <numerusform>Импортирована %Ln строка из {file} в «{funnel}».</numerusform>
            <numerusform>Импортированы %Ln строки из {file} в «{funnel}».</numerusform>
            <numerusform>Импортировано %Ln строк из {file} в «{funnel}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weeks {first} to {last} (%Ln week(s)).</source>
        <translation>
            <numerusform>Недели с {first} по {last} (%Ln неделя).</numerusform>
            <numerusform>Недели с {first} по {last} (%Ln недели).</numerusform>
            <numerusform>Недели с {first} по {last} (%Ln недель).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln row(s) of stages the funnel does not have: {names}.</source>
        <translation>
            <numerusform>Пропущена %Ln строка этапов, которых нет в воронке: {names}.</numerusform>
            <numerusform>Пропущены %Ln строки этапов, которых нет в воронке: {names}.</numerusform>
            <numerusform>Пропущено %Ln строк этапов, которых нет в воронке: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted again: %Ln other week(s) of the same leads. A lead keeps the source, variant and entry week of its first events, whichever file held them.</source>
        <translation>
            <numerusform>Пересчитана %Ln другая неделя тех же лидов. Лид сохраняет источник, вариант и неделю входа своих первых событий, в каком бы файле они ни были.</numerusform>
            <numerusform>Пересчитаны %Ln другие недели тех же лидов. Лид сохраняет источник, вариант и неделю входа своих первых событий, в каком бы файле они ни были.</numerusform>
            <numerusform>Пересчитано %Ln других недель тех же лидов. Лид сохраняет источник, вариант и неделю входа своих первых событий, в каком бы файле они ни были.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s) bound to this funnel got an automatic check-in.</source>
        <translation>
            <numerusform>%Ln ключевой результат, привязанный к этой воронке, получил автоматический чек-ин.</numerusform>
            <numerusform>%Ln ключевых результата, привязанных к этой воронке, получили автоматический чек-ин.</numerusform>
            <numerusform>%Ln ключевых результатов, привязанных к этой воронке, получили автоматический чек-ин.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln week(s) from {week} on, more than {limit} weeks after today: is the year right?</source>
        <translation>
            <numerusform>Внимание: %Ln неделя начиная с {week} — больше чем через {limit} нед. после сегодняшнего дня: год указан верно?</numerusform>
            <numerusform>Внимание: %Ln недели начиная с {week} — больше чем через {limit} нед. после сегодняшнего дня: год указан верно?</numerusform>
            <numerusform>Внимание: %Ln недель начиная с {week} — больше чем через {limit} нед. после сегодняшнего дня: год указан верно?</numerusform>
        </translation>
    </message>
    <message>
        <source>{week}, source “{source}”, variant “{variant}”</source>
        <translation>{week}, источник «{source}», вариант «{variant}»</translation>
    </message>
    <message>
        <source>{week}, source “{source}”</source>
        <translation>{week}, источник «{source}»</translation>
    </message>
    <message>
        <source>{week}, variant “{variant}”</source>
        <translation>{week}, вариант «{variant}»</translation>
    </message>
    <message numerus="yes">
        <source>Warning: week of {where}: {count} at “{stage}” but {previous} at “{before}” before it (%Ln such step(s) in all); are the stages in the right columns?</source>
        <translation>
            <numerusform>Внимание: неделя {where}: {count} на этапе «{stage}», но {previous} на предшествующем «{before}» (всего %Ln такой шаг); этапы в правильных столбцах?</numerusform>
            <numerusform>Внимание: неделя {where}: {count} на этапе «{stage}», но {previous} на предшествующем «{before}» (всего %Ln таких шага); этапы в правильных столбцах?</numerusform>
            <numerusform>Внимание: неделя {where}: {count} на этапе «{stage}», но {previous} на предшествующем «{before}» (всего %Ln таких шагов); этапы в правильных столбцах?</numerusform>
        </translation>
    </message>
    <message>
        <source>Times with a UTC offset were read as the local time written: each counts in the week of the date and time the file shows.</source>
        <translation>Время со смещением UTC прочитано как указанное местное время: каждое событие считается в неделе той даты и времени, что указаны в файле.</translation>
    </message>
    <message>
        <source>Replaced what these weeks held before: {weeks}.</source>
        <translation>Заменены прежние данные за недели: {weeks}.</translation>
    </message>
    <message>
        <source>No week was there before: nothing was replaced.</source>
        <translation>Данных за эти недели раньше не было: ничего не заменено.</translation>
    </message>
    <message>
        <source>Edit → Undo takes the whole import back.</source>
        <translation>«Правка → Отменить» отменит весь импорт.</translation>
    </message>
    <message>
        <source>Warning: week of {where}: {count} at “{stage}” but {previous} at “{before}” before it; are the stages in the right columns?</source>
        <translation>Внимание: неделя с {where}: {count} на этапе «{stage}», но {previous} на предыдущем этапе «{before}»; этапы в правильных столбцах?</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;: {message}</source>
        <translation>{file}, строка {row}, столбец «{column}»: {message}</translation>
    </message>
    <message>
        <source>{file}, row {row}: {message}</source>
        <translation>{file}, строка {row}: {message}</translation>
    </message>
    <message>
        <source>{file}, column &quot;{column}&quot;: {message}</source>
        <translation>{file}, столбец «{column}»: {message}</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <source>cannot be imported ({detail})</source>
        <translation>не удаётся импортировать ({detail})</translation>
    </message>
    <message>
        <source>no column is mapped to {field}; map one</source>
        <translation>ни один столбец не сопоставлен с полем {field}; сопоставьте столбец</translation>
    </message>
    <message>
        <source>the file has no data rows</source>
        <translation>в файле нет строк с данными</translation>
    </message>
    <message>
        <source>the file has no counts to import</source>
        <translation>в файле нет количеств для импорта</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is more than {limit}</source>
        <translation>«{value}» больше {limit}</translation>
    </message>
    <message>
        <source>the counts of the week {week}, stage &quot;{stage}&quot; add up to more than {limit}</source>
        <translation>сумма количеств недели {week}, этап «{stage}», больше {limit}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date format; write one like {examples}</source>
        <translation>«{value}» — не формат даты; напишите, например, {examples}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} или {second}</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) from {week} on, more than 8 weeks after today ({today}); is the year right?</source>
        <translation>
            <numerusform>%n неделя начиная с {week} — больше чем через 8 недель после сегодняшнего дня ({today}); год указан верно?</numerusform>
            <numerusform>%n недели начиная с {week} — больше чем через 8 недель после сегодняшнего дня ({today}); год указан верно?</numerusform>
            <numerusform>%n недель начиная с {week} — больше чем через 8 недель после сегодняшнего дня ({today}); год указан верно?</numerusform>
        </translation>
    </message>
    <message>
        <source>week {week}, source &quot;{source}&quot;, variant &quot;{variant}&quot;</source>
        <translation>неделя {week}, источник «{source}», вариант «{variant}»</translation>
    </message>
    <message>
        <source>week {week}, source &quot;{source}&quot;</source>
        <translation>неделя {week}, источник «{source}»</translation>
    </message>
    <message>
        <source>week {week}, variant &quot;{variant}&quot;</source>
        <translation>неделя {week}, вариант «{variant}»</translation>
    </message>
    <message>
        <source>week {week}</source>
        <translation>неделя {week}</translation>
    </message>
    <message numerus="yes">
        <source>{where}: {count} at &quot;{stage}&quot; but {previous_count} at &quot;{previous_stage}&quot; before it (%n such steps in all); are the stages in the right columns?</source>
        <translation>
            <numerusform>{where}: {count} на этапе «{stage}», но {previous_count} на предшествующем «{previous_stage}» (всего %n такой шаг); этапы в правильных столбцах?</numerusform>
            <numerusform>{where}: {count} на этапе «{stage}», но {previous_count} на предшествующем «{previous_stage}» (всего %n таких шага); этапы в правильных столбцах?</numerusform>
            <numerusform>{where}: {count} на этапе «{stage}», но {previous_count} на предшествующем «{previous_stage}» (всего %n таких шагов); этапы в правильных столбцах?</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: {count} at &quot;{stage}&quot; but {previous_count} at &quot;{previous_stage}&quot; before it; are the stages in the right columns?</source>
        <translation>{where}: {count} на этапе «{stage}», но {previous_count} на предшествующем «{previous_stage}»; этапы в правильных столбцах?</translation>
    </message>
    <message>
        <source>is not {encoding} text (byte {byte}); choose its encoding</source>
        <translation>не текст в кодировке {encoding} (байт {byte}); выберите кодировку</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding</source>
        <translation>«{encoding}» — не кодировка</translation>
    </message>
    <message numerus="yes">
        <source>the first row is longer than %Ln KB; refused</source>
        <translation>
            <numerusform>первая строка длиннее %Ln КБ; отклонено</numerusform>
            <numerusform>первая строка длиннее %Ln КБ; отклонено</numerusform>
            <numerusform>первая строка длиннее %Ln КБ; отклонено</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>the first row has no column names</source>
        <translation>в первой строке нет названий столбцов</translation>
    </message>
    <message numerus="yes">
        <source>has %Ln column(s), more than {limit}; delete the columns it does not need</source>
        <translation>
            <numerusform>%Ln столбец, больше {limit}; удалите ненужные столбцы</numerusform>
            <numerusform>%Ln столбца, больше {limit}; удалите ненужные столбцы</numerusform>
            <numerusform>%Ln столбцов, больше {limit}; удалите ненужные столбцы</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail})</source>
        <translation>не читается как CSV ({detail})</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>не читается ({detail})</translation>
    </message>
    <message>
        <source>is not {encoding} text; choose its encoding</source>
        <translation>не текст в кодировке {encoding}; выберите кодировку</translation>
    </message>
    <message numerus="yes">
        <source>the row has more cells than the header&apos;s %Ln column(s); a value with &quot;{separator}&quot; in it must be in quotes</source>
        <translation>
            <numerusform>в строке больше ячеек, чем %Ln столбец заголовка; значение с «{separator}» должно быть в кавычках</numerusform>
            <numerusform>в строке больше ячеек, чем %Ln столбца заголовка; значение с «{separator}» должно быть в кавычках</numerusform>
            <numerusform>в строке больше ячеек, чем %Ln столбцов заголовка; значение с «{separator}» должно быть в кавычках</numerusform>
        </translation>
    </message>
    <message>
        <source>the sheet &quot;{sheet}&quot; is empty</source>
        <translation>лист «{sheet}» пуст</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>is an old Excel file (.xls); save it as .xlsx or .csv</source>
        <translation>старый файл Excel (.xls); сохраните его как .xlsx или .csv</translation>
    </message>
    <message>
        <source>is not a CSV or XLSX file</source>
        <translation>не файл CSV или XLSX</translation>
    </message>
    <message numerus="yes">
        <source>is %Ln MB, more than {limit} MB</source>
        <translation>
            <numerusform>%Ln МБ, больше {limit} МБ</numerusform>
            <numerusform>%Ln МБ, больше {limit} МБ</numerusform>
            <numerusform>%Ln МБ, больше {limit} МБ</numerusform>
        </translation>
    </message>
    <message>
        <source>the file has no such column (its columns: {columns})</source>
        <translation>в файле нет такого столбца (его столбцы: {columns})</translation>
    </message>
    <message>
        <source>the file has no such column</source>
        <translation>в файле нет такого столбца</translation>
    </message>
    <message>
        <source>two columns have this name</source>
        <translation>два столбца с таким названием</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is not a field ({fields}, stage:NAME)</source>
        <translation>«{field}» — не поле ({fields}, stage:НАЗВАНИЕ)</translation>
    </message>
    <message>
        <source>both this column and &quot;{other}&quot; are mapped to {field}</source>
        <translation>и этот столбец, и «{other}» сопоставлены с полем {field}</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>длиннее %n символа</numerusform>
            <numerusform>длиннее %n символов</numerusform>
            <numerusform>длиннее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>the stage is empty</source>
        <translation>этап не указан</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is mapped to &quot;{target}&quot;, which is not a stage of the funnel &quot;{funnel}&quot; ({stages})</source>
        <translation>«{name}» сопоставлен с «{target}», но это не этап воронки «{funnel}» ({stages})</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a stage of the funnel &quot;{funnel}&quot; ({stages}); map it to one</source>
        <translation>«{name}» — не этап воронки «{funnel}» ({stages}); сопоставьте его с этапом</translation>
    </message>
    <message>
        <source>the same week, stage, source and variant as row {row} (a duplicate)</source>
        <translation>та же неделя, этап, источник и вариант, что в строке {row} (дубликат)</translation>
    </message>
    <message>
        <source>the week is empty</source>
        <translation>неделя не указана</translation>
    </message>
    <message>
        <source>the count is empty</source>
        <translation>количество не указано</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a stage of the funnel</source>
        <translation>«{name}» — не этап воронки</translation>
    </message>
    <message>
        <source>{field} {value} here but {first_value} in row {first_row} for the same week, source and variant; write it on one row (0 or empty on the others) or the same on each</source>
        <translation>{field}: здесь {value}, а в строке {first_row} для той же недели, источника и варианта — {first_value}; укажите значение в одной строке (0 или пусто в остальных) или одинаковое в каждой</translation>
    </message>
    <message>
        <source>the lead id is empty</source>
        <translation>ID лида не указан</translation>
    </message>
    <message>
        <source>the time is empty</source>
        <translation>время не указано</translation>
    </message>
    <message>
        <source>no column holds the counts (how many reached each stage in the week); map one to count</source>
        <translation>ни в одном столбце нет количеств (сколько дошло до каждого этапа за неделю); сопоставьте столбец с количеством</translation>
    </message>
    <message>
        <source>cannot tell weekly counts (week, stage, count) from raw events (lead id, time, stage) by the column names; map the columns</source>
        <translation>по названиям столбцов не понять, это количества по неделям (неделя, этап, количество) или сырые события (ID лида, время, этап); сопоставьте столбцы</translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row {row} holds more than %Ln element(s)</source>
        <translation>
            <numerusform>{sheet}, строка {row}: больше %Ln элемента</numerusform>
            <numerusform>{sheet}, строка {row}: больше %Ln элементов</numerusform>
            <numerusform>{sheet}, строка {row}: больше %Ln элементов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} holds more than %Ln element(s) besides its cells</source>
        <translation>
            <numerusform>{sheet}: больше %Ln элемента помимо ячеек</numerusform>
            <numerusform>{sheet}: больше %Ln элементов помимо ячеек</numerusform>
            <numerusform>{sheet}: больше %Ln элементов помимо ячеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has more than %Ln cell(s); save it as CSV</source>
        <translation>
            <numerusform>{sheet}: больше %Ln ячейки; сохраните как CSV</numerusform>
            <numerusform>{sheet}: больше %Ln ячеек; сохраните как CSV</numerusform>
            <numerusform>{sheet}: больше %Ln ячеек; сохраните как CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row {row} has more than %Ln cell(s)</source>
        <translation>
            <numerusform>{sheet}, строка {row}: больше %Ln ячейки</numerusform>
            <numerusform>{sheet}, строка {row}: больше %Ln ячеек</numerusform>
            <numerusform>{sheet}, строка {row}: больше %Ln ячеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has a cell in column {column} of row {row}, right of column %Ln; delete the columns it does not need</source>
        <translation>
            <numerusform>{sheet}: ячейка в столбце {column} строки {row}, правее столбца %Ln; удалите ненужные столбцы</numerusform>
            <numerusform>{sheet}: ячейка в столбце {column} строки {row}, правее столбца %Ln; удалите ненужные столбцы</numerusform>
            <numerusform>{sheet}: ячейка в столбце {column} строки {row}, правее столбца %Ln; удалите ненужные столбцы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has a row {row}, past Excel&apos;s last, %Ln</source>
        <translation>
            <numerusform>{sheet}: строка {row} за последней строкой Excel, %Ln</numerusform>
            <numerusform>{sheet}: строка {row} за последней строкой Excel, %Ln</numerusform>
            <numerusform>{sheet}: строка {row} за последней строкой Excel, %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row {row} holds a text longer than %Ln character(s)</source>
        <translation>
            <numerusform>{sheet}, строка {row}: текст длиннее %Ln символа</numerusform>
            <numerusform>{sheet}, строка {row}: текст длиннее %Ln символов</numerusform>
            <numerusform>{sheet}, строка {row}: текст длиннее %Ln символов</numerusform>
        </translation>
    </message>
    <message>
        <source>{sheet} declares a DOCTYPE, which a sheet never has</source>
        <translation>{sheet} объявляет DOCTYPE, которого у листа не бывает</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is negative</source>
        <translation>«{value}» — отрицательное число</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number</source>
        <translation>«{value}» — не целое число</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date</source>
        <translation>«{value}» — не дата</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date between {first} and {last}</source>
        <translation>«{value}» — не дата между {first} и {last}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date in the form {form}</source>
        <translation>«{value}» — не дата в формате {form}</translation>
    </message>
    <message>
        <source>the dates can be read as {formats}; choose the date format</source>
        <translation>даты можно прочитать как {formats}; выберите формат даты</translation>
    </message>
    <message>
        <source>is not a readable XLSX file ({detail})</source>
        <translation>не читаемый файл XLSX ({detail})</translation>
    </message>
    <message>
        <source>is not a readable XLSX file</source>
        <translation>не читаемый файл XLSX</translation>
    </message>
    <message numerus="yes">
        <source>holds %Ln part(s), more than {limit}; refused</source>
        <translation>
            <numerusform>%Ln часть, больше {limit}; отклонено</numerusform>
            <numerusform>%Ln части, больше {limit}; отклонено</numerusform>
            <numerusform>%Ln частей, больше {limit}; отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unpacks to %Ln MB, more than the {limit} MB an XLSX file may; save it as CSV</source>
        <translation>
            <numerusform>в распакованном виде %Ln МБ, больше допустимых для XLSX {limit} МБ; сохраните как CSV</numerusform>
            <numerusform>в распакованном виде %Ln МБ, больше допустимых для XLSX {limit} МБ; сохраните как CSV</numerusform>
            <numerusform>в распакованном виде %Ln МБ, больше допустимых для XLSX {limit} МБ; сохраните как CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{part} unpacks to %Ln time(s) its packed size (at most {limit}); refused as a zip bomb</source>
        <translation>
            <numerusform>{part} при распаковке в %Ln раз больше сжатого (допустимо до {limit}); отклонено как zip-бомба</numerusform>
            <numerusform>{part} при распаковке в %Ln раза больше сжатого (допустимо до {limit}); отклонено как zip-бомба</numerusform>
            <numerusform>{part} при распаковке в %Ln раз больше сжатого (допустимо до {limit}); отклонено как zip-бомба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{part} unpacks to %Ln MB, more than {limit} MB</source>
        <translation>
            <numerusform>{part} в распакованном виде %Ln МБ, больше {limit} МБ</numerusform>
            <numerusform>{part} в распакованном виде %Ln МБ, больше {limit} МБ</numerusform>
            <numerusform>{part} в распакованном виде %Ln МБ, больше {limit} МБ</numerusform>
        </translation>
    </message>
    <message>
        <source>has no sheet</source>
        <translation>нет ни одного листа</translation>
    </message>
    <message numerus="yes">
        <source>has no sheet &quot;{sheet}&quot;; its sheets are {listed} and %n more</source>
        <translation>
            <numerusform>нет листа «{sheet}»; листы: {listed} и ещё %n</numerusform>
            <numerusform>нет листа «{sheet}»; листы: {listed} и ещё %n</numerusform>
            <numerusform>нет листа «{sheet}»; листы: {listed} и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>has no sheet &quot;{sheet}&quot;; its sheets are {listed}</source>
        <translation>нет листа «{sheet}»; листы: {listed}</translation>
    </message>
    <message>
        <source>the sheet &quot;{sheet}&quot; is a chart, not a table</source>
        <translation>лист «{sheet}» — диаграмма, а не таблица</translation>
    </message>
    <message numerus="yes">
        <source>the first row has more than %Ln column(s); refused</source>
        <translation>
            <numerusform>в первой строке больше %Ln столбца; отклонено</numerusform>
            <numerusform>в первой строке больше %Ln столбцов; отклонено</numerusform>
            <numerusform>в первой строке больше %Ln столбцов; отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sheet &quot;{sheet}&quot; is %Ln column(s) wide, more than {limit}; delete the columns it does not need</source>
        <translation>
            <numerusform>лист «{sheet}» шириной %Ln столбец, больше {limit}; удалите ненужные столбцы</numerusform>
            <numerusform>лист «{sheet}» шириной %Ln столбца, больше {limit}; удалите ненужные столбцы</numerusform>
            <numerusform>лист «{sheet}» шириной %Ln столбцов, больше {limit}; удалите ненужные столбцы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sheet &quot;{sheet}&quot; has more than %Ln cell(s); save it as CSV</source>
        <translation>
            <numerusform>на листе «{sheet}» больше %Ln ячейки; сохраните как CSV</numerusform>
            <numerusform>на листе «{sheet}» больше %Ln ячеек; сохраните как CSV</numerusform>
            <numerusform>на листе «{sheet}» больше %Ln ячеек; сохраните как CSV</numerusform>
        </translation>
    </message>
    <message>
        <source>the sheet &quot;{name}&quot;</source>
        <translation>лист «{name}»</translation>
    </message>
    <message>
        <source>{problem} (pass --date-format with one of these: {formats})</source>
        <translation>{problem} (укажите --date-format с одним из форматов: {formats})</translation>
    </message>
</context>
<context>
    <name>InitiativeEditor</name>
    <message>
        <source>What will be done</source>
        <translation>Что будет сделано</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Срок:</translation>
    </message>
</context>
<context>
    <name>InitiativesModel</name>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>{date}
overdue</source>
        <translation>{date}
просрочено</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s) and not done yet.</source>
        <translation>
            <numerusform>Просрочено на %Ln день и ещё не выполнено.</numerusform>
            <numerusform>Просрочено на %Ln дня и ещё не выполнено.</numerusform>
            <numerusform>Просрочено на %Ln дней и ещё не выполнено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitiativesPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Choose a key result to see its initiatives.</source>
        <translation>Выберите ключевой результат, чтобы увидеть его инициативы.</translation>
    </message>
    <message>
        <source>No initiatives yet: add the work that will move this key result.</source>
        <translation>Инициатив пока нет: добавьте работу, которая сдвинет этот ключевой результат.</translation>
    </message>
    <message>
        <source>{done} of {count} done</source>
        <translation>Выполнено {done} из {count}</translation>
    </message>
    <message>
        <source> · {overdue} overdue</source>
        <translation> · просрочено: {overdue}</translation>
    </message>
    <message>
        <source> · the cycle is closed</source>
        <translation> · цикл закрыт</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Новая инициатива</translation>
    </message>
    <message>
        <source>New initiative {title}</source>
        <translation>Новая инициатива: {title}</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Изменить инициативу</translation>
    </message>
    <message>
        <source>Edit initiative {title}</source>
        <translation>Изменить инициативу: {title}</translation>
    </message>
    <message>
        <source>Tick {title} done</source>
        <translation>Отметить выполненной: {title}</translation>
    </message>
    <message>
        <source>Reopen {title}</source>
        <translation>Открыть снова: {title}</translation>
    </message>
    <message>
        <source>Delete initiative {title}</source>
        <translation>Удалить инициативу: {title}</translation>
    </message>
</context>
<context>
    <name>KeyResultForecastModel</name>
    <message>
        <source>Key result</source>
        <translation>Ключевой результат</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое знач.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>На конец</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <source>No team</source>
        <translation>Без команды</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Чем больше, тем лучше</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Чем меньше, тем лучше</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>На&amp;правление:</translation>
    </message>
    <message>
        <source>&amp;Green from:</source>
        <translation>&amp;Зелёный от:</translation>
    </message>
    <message>
        <source>&amp;Red from:</source>
        <translation>Кр&amp;асный от:</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Последнее</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Тренд</translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation>Команда: {team}</translation>
    </message>
    <message>
        <source>No value recorded yet.</source>
        <translation>Значений пока нет.</translation>
    </message>
    <message>
        <source>{value} on {date}: {status}</source>
        <translation>{value} на {date}: {status}</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>green</source>
        <translation>зелёный</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>жёлтый</translation>
    </message>
    <message>
        <source>red</source>
        <translation>красный</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Проценты</translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation>Денежная сумма</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Укажите название.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>Название длиннее 200 символов.</translation>
    </message>
    <message>
        <source>When higher is better, green cannot be below red.</source>
        <translation>Когда чем больше, тем лучше, зелёный порог не может быть ниже красного.</translation>
    </message>
    <message>
        <source>When lower is better, green cannot be above red.</source>
        <translation>Когда чем меньше, тем лучше, зелёный порог не может быть выше красного.</translation>
    </message>
    <message>
        <source>Another KPI has this name.</source>
        <translation>KPI с таким названием уже есть.</translation>
    </message>
    <message>
        <source>Green at or above {green}, red at or below {red}, amber between.</source>
        <translation>Зелёный при {green} и выше, красный при {red} и ниже, между ними — жёлтый.</translation>
    </message>
    <message>
        <source>Green at or below {green}, red at or above {red}, amber between.</source>
        <translation>Зелёный при {green} и ниже, красный при {red} и выше, между ними — жёлтый.</translation>
    </message>
    <message>
        <source>Value of {name}</source>
        <translation>Значение {name}</translation>
    </message>
    <message>
        <source>New KP&amp;I…</source>
        <translation>&amp;Новый KPI…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Record val&amp;ue…</source>
        <translation>Записать &amp;значение…</translation>
    </message>
    <message>
        <source>Record the chosen KPI&apos;s value for a day</source>
        <translation>Записать значение выбранного KPI за день</translation>
    </message>
    <message>
        <source>No KPIs yet: add the health metrics the team watches beside its OKRs.</source>
        <translation>KPI пока нет: добавьте метрики здоровья бизнеса, за которыми команда следит наряду с OKR.</translation>
    </message>
    <message>
        <source>No value yet.</source>
        <translation>Значений пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>Latest {value} on {date}; %Ln value(s) since {first}.</source>
        <translation>
            <numerusform>Последнее: {value} на {date}; с {first} — %Ln значение.</numerusform>
            <numerusform>Последнее: {value} на {date}; с {first} — %Ln значения.</numerusform>
            <numerusform>Последнее: {value} на {date}; с {first} — %Ln значений.</numerusform>
        </translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Новый KPI</translation>
    </message>
    <message>
        <source>New KPI {name}</source>
        <translation>Новый KPI: {name}</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>Изменить KPI</translation>
    </message>
    <message>
        <source>Edit KPI {name}</source>
        <translation>Изменить KPI: {name}</translation>
    </message>
    <message>
        <source>Delete KPI {name}</source>
        <translation>Удалить KPI: {name}</translation>
    </message>
</context>
<context>
    <name>KpiValueDialog</name>
    <message>
        <source>Record a value of {name}</source>
        <translation>Записать значение: {name}</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
</context>
<context>
    <name>KrBinding</name>
    <message>
        <source>Unbind {title}</source>
        <translation>Отвязать: {title}</translation>
    </message>
    <message>
        <source>Bind {title} to a funnel metric</source>
        <translation>Привязать {title} к метрике воронки</translation>
    </message>
    <message>
        <source>Step conversion (to ÷ from)</source>
        <translation>Конверсия шага (до ÷ от)</translation>
    </message>
    <message>
        <source>Overall conversion (to ÷ first stage)</source>
        <translation>Общая конверсия (до ÷ первый этап)</translation>
    </message>
    <message>
        <source>Weekly count of a stage</source>
        <translation>Количество на этапе за неделю</translation>
    </message>
    <message>
        <source>Cost per lead (spend ÷ to)</source>
        <translation>Стоимость лида (расходы ÷ до)</translation>
    </message>
    <message>
        <source>CAC (spend ÷ to)</source>
        <translation>CAC (расходы ÷ до)</translation>
    </message>
    <message>
        <source>ROI ((revenue − spend) ÷ spend)</source>
        <translation>ROI ((выручка − расходы) ÷ расходы)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>{start} → {end} rate</source>
        <translation>конверсия {start} → {end}</translation>
    </message>
    <message>
        <source>{first} → {end} overall rate</source>
        <translation>общая конверсия {first} → {end}</translation>
    </message>
    <message>
        <source>{end} per week</source>
        <translation>{end} в неделю</translation>
    </message>
    <message>
        <source>cost per {end}</source>
        <translation>стоимость {end}</translation>
    </message>
    <message>
        <source>CAC per {end}</source>
        <translation>CAC на {end}</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>выручка</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>расходы</translation>
    </message>
    <message>
        <source>all sources</source>
        <translation>все источники</translation>
    </message>
    <message>
        <source>From funnel {funnel}: {metric} · {source}</source>
        <translation>Из воронки {funnel}: {metric} · {source}</translation>
    </message>
</context>
<context>
    <name>KrBindingActions</name>
    <message>
        <source>Bind to funnel &amp;metric…</source>
        <translation>Привязать к &amp;метрике воронки…</translation>
    </message>
    <message>
        <source>Take the key result&apos;s weekly value from a funnel metric</source>
        <translation>Брать недельное значение ключевого результата из метрики воронки</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Личная</translation>
    </message>
    <message>
        <source>Automatic: from import {file}, week {week}</source>
        <translation>Автоматически: из импорта {file}, {week}</translation>
    </message>
</context>
<context>
    <name>LearningsModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Эксперимент</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Выводы</translation>
    </message>
</context>
<context>
    <name>LearningsPanel</name>
    <message>
        <source>Search learnings, titles and hypotheses…</source>
        <translation>Поиск по выводам, названиям и гипотезам…</translation>
    </message>
    <message>
        <source>No decided experiments yet. When an experiment ends, record its decision and what the team learnt (Decide…).</source>
        <translation>Решённых экспериментов пока нет. Когда эксперимент закончится, запишите решение и выводы команды («Решение…»).</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} из {total}</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>The team server is back: the workspace shows its latest state.</source>
        <translation>Командный сервер снова доступен: рабочая область показывает последнее состояние.</translation>
    </message>
    <message>
        <source>The team server cannot be reached ({reason}). Changes are refused until it answers again; okrdesk reconnects by itself.</source>
        <translation>Командный сервер недоступен ({reason}). Изменения не принимаются, пока он снова не ответит; okrdesk переподключится сам.</translation>
    </message>
    <message>
        <source>Change not made</source>
        <translation>Изменение не внесено</translation>
    </message>
    <message>
        <source>The team server cannot be reached, so the change was not made and nothing is kept to be sent later. Make it again once the server is back.</source>
        <translation>Командный сервер недоступен, поэтому изменение не внесено и не сохранено для отправки позже. Внесите его снова, когда сервер будет доступен.</translation>
    </message>
    <message>
        <source>The team server cannot be reached ({reason}), so this was not done. okrdesk reconnects by itself; try again once the server is back.</source>
        <translation>Командный сервер недоступен ({reason}), поэтому действие не выполнено. okrdesk переподключится сам; повторите, когда сервер будет доступен.</translation>
    </message>
    <message>
        <source>{person} checked in &apos;{title}&apos;</source>
        <translation>{person}: чек-ин «{title}»</translation>
    </message>
    <message>
        <source>Someone checked in &apos;{title}&apos;</source>
        <translation>Кто-то сделал чек-ин «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>{person} checked in %n key result(s)</source>
        <translation>
            <numerusform>{person}: чек-ин по %n ключевому результату</numerusform>
            <numerusform>{person}: чек-ин по %n ключевым результатам</numerusform>
            <numerusform>{person}: чек-ин по %n ключевым результатам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone checked in %n key result(s)</source>
        <translation>
            <numerusform>Кто-то сделал чек-ин по %n ключевому результату</numerusform>
            <numerusform>Кто-то сделал чек-ин по %n ключевым результатам</numerusform>
            <numerusform>Кто-то сделал чек-ин по %n ключевым результатам</numerusform>
        </translation>
    </message>
    <message>
        <source>{person} changed the key result &apos;{title}&apos;</source>
        <translation>{person}: изменён ключевой результат «{title}»</translation>
    </message>
    <message>
        <source>Someone changed the key result &apos;{title}&apos;</source>
        <translation>Кто-то изменил ключевой результат «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>{person} changed %n key result(s)</source>
        <translation>
            <numerusform>{person}: изменён %n ключевой результат</numerusform>
            <numerusform>{person}: изменены %n ключевых результата</numerusform>
            <numerusform>{person}: изменено %n ключевых результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone changed %n key result(s)</source>
        <translation>
            <numerusform>Кто-то изменил %n ключевой результат</numerusform>
            <numerusform>Кто-то изменил %n ключевых результата</numerusform>
            <numerusform>Кто-то изменил %n ключевых результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>{person} decided the experiment &apos;{title}&apos;</source>
        <translation>{person}: принято решение по эксперименту «{title}»</translation>
    </message>
    <message>
        <source>Someone decided the experiment &apos;{title}&apos;</source>
        <translation>Кто-то принял решение по эксперименту «{title}»</translation>
    </message>
    <message>
        <source>Someone imported funnel data into &apos;{title}&apos;</source>
        <translation>Кто-то импортировал данные в воронку «{title}»</translation>
    </message>
    <message>
        <source>Someone changed the workspace</source>
        <translation>Кто-то изменил рабочую область</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>OKRs</source>
        <translation>OKR</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Эксперименты</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Read-only: this workspace file or its folder cannot be written, so you can look at it and export from it, but not change it.</source>
        <translation>Только чтение: файл рабочей области или его папка недоступны для записи — можно просматривать и экспортировать, но не изменять.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Новая рабочая область…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Connect to &amp;team workspace…</source>
        <translation>&amp;Подключиться к командной рабочей области…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Н&amp;едавние файлы</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>Открыть &amp;демо</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Исто&amp;рия импорта…</translation>
    </message>
    <message>
        <source>Import O&amp;KRs…</source>
        <translation>Импорт O&amp;KR…</translation>
    </message>
    <message>
        <source>&amp;Export review…</source>
        <translation>&amp;Экспорт обзора…</translation>
    </message>
    <message>
        <source>Start a new &amp;cycle…</source>
        <translation>Начать новый &amp;цикл…</translation>
    </message>
    <message>
        <source>&amp;People and teams…</source>
        <translation>&amp;Люди и команды…</translation>
    </message>
    <message>
        <source>Workspace &amp;settings…</source>
        <translation>Н&amp;астройки рабочей области…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Пере&amp;ход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Management dashboard</source>
        <translation>Сводка для &amp;руководства</translation>
    </message>
    <message>
        <source>&amp;Team dashboard</source>
        <translation>Сводка &amp;команды</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Презентация</translation>
    </message>
    <message>
        <source>Present a &amp;chart</source>
        <translation>Показать &amp;график</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About okrdesk</source>
        <translation>&amp;О программе okrdesk</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Нет недавних рабочих областей</translation>
    </message>
    <message>
        <source>Loading {section}…</source>
        <translation>Загрузка раздела «{section}»…</translation>
    </message>
    <message>
        <source>{section} could not be loaded.</source>
        <translation>Не удалось загрузить раздел «{section}».</translation>
    </message>
    <message>
        <source>{name} (read-only) — okrdesk</source>
        <translation>{name} (только чтение) — okrdesk</translation>
    </message>
    <message>
        <source>{name} — okrdesk</source>
        <translation>{name} — okrdesk</translation>
    </message>
    <message>
        <source>You can read this team workspace; your role does not allow changes. Ask its owner for the member role to check in and edit.</source>
        <translation>Вы можете просматривать эту командную рабочую область; ваша роль не позволяет вносить изменения. Чтобы делать чек-ины и редактировать, попросите у владельца роль участника.</translation>
    </message>
    <message>
        <source>Your role on this team workspace does not allow changes.</source>
        <translation>Ваша роль в этой командной рабочей области не позволяет вносить изменения.</translation>
    </message>
    <message>
        <source>This workspace is read-only: the change was not made.</source>
        <translation>Эта рабочая область открыта только для чтения: изменение не внесено.</translation>
    </message>
    <message>
        <source>About okrdesk</source>
        <translation>О программе okrdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;okrdesk {version}&lt;/h3&gt;&lt;p&gt;Objectives and key results, weekly growth experiments and the sales funnel of one team, offline.&lt;/p&gt;&lt;p&gt;Every workspace is one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;okrdesk {version}&lt;/h3&gt;&lt;p&gt;Цели и ключевые результаты, еженедельные эксперименты роста и воронка продаж одной команды — без интернета.&lt;/p&gt;&lt;p&gt;Каждая рабочая область — один файл на этом компьютере.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManagementDashboard</name>
    <message>
        <source>Management dashboard</source>
        <translation>Сводка для руководства</translation>
    </message>
    <message>
        <source>No cycle yet.</source>
        <translation>Циклов пока нет.</translation>
    </message>
    <message>
        <source>Management dashboard — {cycle}</source>
        <translation>Сводка для руководства — {cycle}</translation>
    </message>
    <message>
        <source>As of {day}: {expected} of the cycle has passed; it ends {end}.</source>
        <translation>Цикл заканчивается {end}; на {day} прошло {expected}.</translation>
    </message>
</context>
<context>
    <name>NameEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Give a name.</source>
        <translation>Укажите название.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>Название длиннее 100 символов.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{value} pts</source>
        <translation>{value} п. п.</translation>
    </message>
    <message>
        <source>{year}-W{week}</source>
        <translation>нед. {week}/{year}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>ObjectivesBlock</name>
    <message>
        <source>Objectives by status</source>
        <translation>Цели по статусам</translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Forecast at cycle end</source>
        <translation>Прогноз на конец цикла</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>OkrConflicts</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Aligned under</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Unit label</source>
        <translation>Подпись единицы</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Знаков после запятой</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое знач.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Препятствия</translation>
    </message>
</context>
<context>
    <name>OkrEditing</name>
    <message>
        <source>Objective: {title}</source>
        <translation>Цель: {title}</translation>
    </message>
    <message>
        <source>New &amp;objective…</source>
        <translation>Новая &amp;цель…</translation>
    </message>
    <message>
        <source>New objective from &amp;template…</source>
        <translation>Новая цель из &amp;шаблона…</translation>
    </message>
    <message>
        <source>New &amp;key result…</source>
        <translation>Новый &amp;ключевой результат…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Новая цель</translation>
    </message>
    <message>
        <source>New objective {title}</source>
        <translation>Новая цель: {title}</translation>
    </message>
    <message>
        <source>New key result of “{objective}”</source>
        <translation>Новый ключевой результат цели «{objective}»</translation>
    </message>
    <message>
        <source>New key result {title}</source>
        <translation>Новый ключевой результат: {title}</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Изменить цель</translation>
    </message>
    <message>
        <source>Edit key result</source>
        <translation>Изменить ключевой результат</translation>
    </message>
    <message>
        <source>Edit objective {title}</source>
        <translation>Изменить цель: {title}</translation>
    </message>
    <message>
        <source>Edit key result {title}</source>
        <translation>Изменить ключевой результат: {title}</translation>
    </message>
    <message>
        <source>Rename objective</source>
        <translation>Переименовать цель</translation>
    </message>
    <message>
        <source>Rename key result</source>
        <translation>Переименовать ключевой результат</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Удалить: {title}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” has %Ln check-in(s). Delete it together with its check-ins?
Edit → Undo brings everything back.</source>
        <translation>
            <numerusform>У «{title}» %Ln чек-ин. Удалить вместе с чек-инами?
«Правка → Отменить» вернёт всё обратно.</numerusform>
            <numerusform>У «{title}» %Ln чек-ина. Удалить вместе с чек-инами?
«Правка → Отменить» вернёт всё обратно.</numerusform>
            <numerusform>У «{title}» %Ln чек-инов. Удалить вместе с чек-инами?
«Правка → Отменить» вернёт всё обратно.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OkrEditors</name>
    <message>
        <source>Increase to</source>
        <translation>Увеличить до</translation>
    </message>
    <message>
        <source>Decrease to</source>
        <translation>Уменьшить до</translation>
    </message>
    <message>
        <source>Stay above</source>
        <translation>Держать выше</translation>
    </message>
    <message>
        <source>Stay below</source>
        <translation>Держать ниже</translation>
    </message>
    <message>
        <source>Done or not done</source>
        <translation>Выполнено или нет</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Проценты</translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation>Денежная сумма</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Без команды</translation>
    </message>
    <message>
        <source>Not aligned</source>
        <translation>Без родительской цели</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Aligned under:</source>
        <translation>&amp;Входит в:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Опи&amp;сание:</translation>
    </message>
    <message>
        <source>none, or h, days, NPS, tickets…</source>
        <translation>нет, или ч, дни, NPS, тикеты…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица:</translation>
    </message>
    <message>
        <source>Unit &amp;label:</source>
        <translation>&amp;Подпись единицы:</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>&amp;Знаков после запятой:</translation>
    </message>
    <message>
        <source>&amp;Start (baseline):</source>
        <translation>На&amp;чало (база):</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Целевое значение:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>Ве&amp;с:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Бюджет:</translation>
    </message>
    <message>
        <source>&amp;Cost so far:</source>
        <translation>Пот&amp;рачено:</translation>
    </message>
</context>
<context>
    <name>OkrErrors</name>
    <message>
        <source>confidence must be between 0 and 10</source>
        <translation>уверенность должна быть от 0 до 10</translation>
    </message>
    <message>
        <source>cycle {cycle} is not closed</source>
        <translation>цикл {cycle} не закрыт</translation>
    </message>
    <message>
        <source>cycle {cycle} is closed</source>
        <translation>цикл {cycle} закрыт</translation>
    </message>
    <message>
        <source>cycle {cycle} does not start after {source}</source>
        <translation>цикл {cycle} не начинается после {source}</translation>
    </message>
    <message>
        <source>objectives {ids} are not in cycle {cycle}</source>
        <translation>цели {ids} не входят в цикл {cycle}</translation>
    </message>
    <message>
        <source>key result {id} is not in cycle {cycle}</source>
        <translation>ключевой результат {id} не входит в цикл {cycle}</translation>
    </message>
    <message>
        <source>“{title}” is chosen without its objective</source>
        <translation>«{title}» выбран без своей цели</translation>
    </message>
    <message>
        <source>“{title}” reached its target; there is nothing to carry</source>
        <translation>«{title}» достиг целевого значения; переносить нечего</translation>
    </message>
    <message>
        <source>“{title}” was carried into {cycle} already</source>
        <translation>«{title}» уже перенесён в {cycle}</translation>
    </message>
    <message>
        <source>a grade is 0.0–1.0 in tenths, not {grade}</source>
        <translation>оценка — от 0,0 до 1,0 с шагом в десятую, а не {grade}</translation>
    </message>
    <message>
        <source>cycle {cycle} is closed; reopen it to change it</source>
        <translation>цикл {cycle} закрыт; откройте его снова, чтобы изменить</translation>
    </message>
    <message>
        <source>a KPI value must be a finite number</source>
        <translation>значение KPI должно быть конечным числом</translation>
    </message>
    <message>
        <source>another KPI is called {name}</source>
        <translation>другой KPI уже называется {name}</translation>
    </message>
    <message>
        <source>no key result with the id or title &quot;{text}&quot;</source>
        <translation>нет ключевого результата с ID или названием «{text}»</translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) are titled &quot;{text}&quot; (ids {ids}); give the id</source>
        <translation>
            <numerusform>%n ключевой результат называется «{text}» (ID {ids}); укажите ID</numerusform>
            <numerusform>%n ключевых результата называются «{text}» (ID {ids}); укажите ID</numerusform>
            <numerusform>%n ключевых результатов называются «{text}» (ID {ids}); укажите ID</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OkrHealthPanel</name>
    <message>
        <source>Objectives by status</source>
        <translation>Цели по статусам</translation>
    </message>
    <message>
        <source>Key results that need an update</source>
        <translation>Ключевые результаты, которые нужно обновить</translation>
    </message>
    <message>
        <source>Key results at {progress} of their targets · {expected} expected by today</source>
        <translation>Ключевые результаты на {progress} от целевых значений · по графику на сегодня {expected}</translation>
    </message>
    <message>
        <source>{title} — no check-in yet</source>
        <translation>{title} — чек-инов ещё не было</translation>
    </message>
    <message numerus="yes">
        <source>{title} — last check-in %Ln day(s) ago</source>
        <translation>
            <numerusform>{title} — последний чек-ин %Ln день назад</numerusform>
            <numerusform>{title} — последний чек-ин %Ln дня назад</numerusform>
            <numerusform>{title} — последний чек-ин %Ln дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Every key result was checked in recently.</source>
        <translation>По всем ключевым результатам недавно были чек-ины.</translation>
    </message>
    <message>
        <source>No key results in this cycle yet: add them in OKRs.</source>
        <translation>В этом цикле пока нет ключевых результатов: добавьте их в разделе OKR.</translation>
    </message>
</context>
<context>
    <name>OkrImportDialog</name>
    <message>
        <source>Import OKRs</source>
        <translation>Импорт OKR</translation>
    </message>
    <message>
        <source>A .xlsx or .csv file, one key result a row</source>
        <translation>Файл .xlsx или .csv, по ключевому результату в строке</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>&amp;Цикл:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Ключевой результат</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое знач.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Текущее</translation>
    </message>
    <message>
        <source>&amp;Download template…</source>
        <translation>&amp;Скачать шаблон…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The workspace has no open cycle to import into.</source>
        <translation>В рабочей области нет открытого цикла для импорта.</translation>
    </message>
    <message>
        <source>Choose a spreadsheet: one key result a row, headers in English, Polish, Hungarian or Russian (see Download template).</source>
        <translation>Выберите таблицу: по ключевому результату в строке, заголовки на английском, польском, венгерском или русском (см. «Скачать шаблон»).</translation>
    </message>
    <message>
        <source>{problem}
This file cannot be imported; nothing was changed.</source>
        <translation>{problem}
Этот файл нельзя импортировать; ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) will be created</source>
        <translation>
            <numerusform>Будет создана %n цель</numerusform>
            <numerusform>Будут созданы %n цели</numerusform>
            <numerusform>Будет создано %n целей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) will be matched</source>
        <translation>
            <numerusform>Будет сопоставлена %n цель</numerusform>
            <numerusform>Будут сопоставлены %n цели</numerusform>
            <numerusform>Будет сопоставлено %n целей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) will be created</source>
        <translation>
            <numerusform>Будет создан %n ключевой результат</numerusform>
            <numerusform>Будут созданы %n ключевых результата</numerusform>
            <numerusform>Будет создано %n ключевых результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) will be updated</source>
        <translation>
            <numerusform>Будет обновлён %n ключевой результат</numerusform>
            <numerusform>Будут обновлены %n ключевых результата</numerusform>
            <numerusform>Будет обновлено %n ключевых результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) will be recorded</source>
        <translation>
            <numerusform>Будет записан %n чек-ин</numerusform>
            <numerusform>Будут записаны %n чек-ина</numerusform>
            <numerusform>Будет записано %n чек-инов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be created: {names}</source>
        <translation>
            <numerusform>Будет создан %n человек: {names}</numerusform>
            <numerusform>Будут созданы %n человека: {names}</numerusform>
            <numerusform>Будет создано %n человек: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be matched: {names}</source>
        <translation>
            <numerusform>Будет сопоставлен %n человек: {names}</numerusform>
            <numerusform>Будут сопоставлены %n человека: {names}</numerusform>
            <numerusform>Будет сопоставлено %n человек: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) will be created: {names}</source>
        <translation>
            <numerusform>Будет создана %n команда: {names}</numerusform>
            <numerusform>Будут созданы %n команды: {names}</numerusform>
            <numerusform>Будет создано %n команд: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) will be matched: {names}</source>
        <translation>
            <numerusform>Будет сопоставлена %n команда: {names}</numerusform>
            <numerusform>Будут сопоставлены %n команды: {names}</numerusform>
            <numerusform>Будет сопоставлено %n команд: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} (new)</source>
        <translation>{title} (новый)</translation>
    </message>
    <message>
        <source>{title} (matched)</source>
        <translation>{title} (сопоставлен)</translation>
    </message>
    <message>
        <source>{title} (updated)</source>
        <translation>{title} (обновлён)</translation>
    </message>
    <message>
        <source>Download template</source>
        <translation>Скачать шаблон</translation>
    </message>
    <message>
        <source>The template could not be saved to {path}: {reason}</source>
        <translation>Не удалось сохранить шаблон в {path}: {reason}</translation>
    </message>
    <message>
        <source>Template saved to {path}</source>
        <translation>Шаблон сохранён в {path}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>OkrMoving</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation>Переместить: {title}</translation>
    </message>
</context>
<context>
    <name>OkrRules</name>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Бюджет не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>Затраты не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>Give it a title.</source>
        <translation>Укажите название.</translation>
    </message>
    <message>
        <source>The title is longer than 300 characters.</source>
        <translation>Название длиннее 300 символов.</translation>
    </message>
    <message>
        <source>The level is company, team or individual, not {level}.</source>
        <translation>Уровень — «Компания», «Команда» или «Личная», а не {level}.</translation>
    </message>
    <message>
        <source>{kind} is not a kind of key result.</source>
        <translation>{kind} — не тип ключевого результата.</translation>
    </message>
    <message>
        <source>{unit} is not a unit of key results.</source>
        <translation>{unit} — не единица ключевых результатов.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <source>The weight must be more than 0.</source>
        <translation>Вес должен быть больше 0.</translation>
    </message>
    <message>
        <source>The unit label has at most 20 characters and no spaces around it.</source>
        <translation>Подпись единицы — не длиннее 20 символов, без пробелов в начале и в конце.</translation>
    </message>
    <message>
        <source>Decimals go from 0 to 4.</source>
        <translation>Знаков после запятой: от 0 до 4.</translation>
    </message>
    <message>
        <source>To increase, the target must be above the start.</source>
        <translation>Для увеличения целевое значение должно быть выше начального.</translation>
    </message>
    <message>
        <source>To decrease, the target must be below the start.</source>
        <translation>Для уменьшения целевое значение должно быть ниже начального.</translation>
    </message>
    <message>
        <source>A yes/no key result starts at 0 (not done) and targets 1 (done).</source>
        <translation>Ключевой результат типа «да/нет» начинается с 0 (не выполнено), целевое значение — 1 (выполнено).</translation>
    </message>
    <message>
        <source>A percentage outside 0–100 %: is that right?</source>
        <translation>Процент вне диапазона 0–100 %: всё верно?</translation>
    </message>
</context>
<context>
    <name>OkrSection</name>
    <message>
        <source>OKRs</source>
        <translation>OKR</translation>
    </message>
    <message>
        <source>Search titles…</source>
        <translation>Поиск по названиям…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>&amp;New objective</source>
        <translation>&amp;Новая цель</translation>
    </message>
    <message>
        <source>New objective (Ctrl+N)</source>
        <translation>Новая цель (Ctrl+N)</translation>
    </message>
    <message>
        <source>From te&amp;mplate…</source>
        <translation>Из &amp;шаблона…</translation>
    </message>
    <message>
        <source>New objective with three key results from an example (Ctrl+Shift+T)</source>
        <translation>Новая цель с тремя ключевыми результатами из примера (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>New &amp;key result</source>
        <translation>Новый ключевой &amp;результат</translation>
    </message>
    <message>
        <source>New key result under the chosen objective (Ctrl+Shift+N)</source>
        <translation>Новый ключевой результат у выбранной цели (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Weekly &amp;check-in…</source>
        <translation>&amp;Чек-ин недели…</translation>
    </message>
    <message>
        <source>Check in every key result (Ctrl+K)</source>
        <translation>Чек-ин по каждому ключевому результату (Ctrl+K)</translation>
    </message>
    <message>
        <source>Close c&amp;ycle…</source>
        <translation>Закрыть ц&amp;икл…</translation>
    </message>
    <message>
        <source>Grade the key results, write the retrospective and close the cycle</source>
        <translation>Оценить ключевые результаты, написать ретроспективу и закрыть цикл</translation>
    </message>
    <message>
        <source>Re&amp;open cycle</source>
        <translation>Открыть цикл &amp;снова</translation>
    </message>
    <message>
        <source>Ca&amp;rry over…</source>
        <translation>Перен&amp;ести…</translation>
    </message>
    <message>
        <source>Copy unfinished key results into the next cycle</source>
        <translation>Скопировать незавершённые ключевые результаты в следующий цикл</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Цикл:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>No objectives in this cycle yet. Write one with New objective (Ctrl+N), or start from an example with From template… (Ctrl+Shift+T).</source>
        <translation>В этом цикле пока нет целей. Создайте цель («Новая цель», Ctrl+N) или начните с примера («Из шаблона…», Ctrl+Shift+T).</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Детали</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>&amp;Боковая панель</translation>
    </message>
    <message>
        <source>Show or hide the details, history, initiatives and KPIs beside the tree</source>
        <translation>Показать или скрыть детали, историю, инициативы и KPI рядом с деревом</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (закрыт)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln key result(s)…</source>
        <translation>
            <numerusform>Чтение %Ln ключевого результата…</numerusform>
            <numerusform>Чтение %Ln ключевых результатов…</numerusform>
            <numerusform>Чтение %Ln ключевых результатов…</numerusform>
        </translation>
    </message>
    <message>
        <source>The cycle could not be read.</source>
        <translation>Не удалось прочитать цикл.</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>No cycle yet: start one from the File menu.</source>
        <translation>Циклов пока нет: начните цикл из меню «Файл».</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Все команды</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
</context>
<context>
    <name>OkrSheet</name>
    <message>
        <source>the workspace has no cycle</source>
        <translation>в рабочей области нет цикла</translation>
    </message>
    <message>
        <source>no cycle &quot;{name}&quot; (there are no cycles)</source>
        <translation>нет цикла «{name}» (циклов нет)</translation>
    </message>
    <message>
        <source>no cycle &quot;{name}&quot; (cycles: {cycles})</source>
        <translation>нет цикла «{name}» (циклы: {cycles})</translation>
    </message>
    <message>
        <source>the cycle &quot;{cycle}&quot; is closed; choose another</source>
        <translation>цикл «{cycle}» закрыт; выберите другой</translation>
    </message>
    <message>
        <source>has no column for {columns}; the first row must name the columns (see the templates in English, Polish, Hungarian or Russian)</source>
        <translation>нет столбца для {columns}; в первой строке должны быть названия столбцов (см. шаблоны на английском, польском, венгерском или русском)</translation>
    </message>
    <message>
        <source>has no key results below its header</source>
        <translation>под заголовком нет ключевых результатов</translation>
    </message>
    <message>
        <source>the key result &quot;{title}&quot; is already on row {row} under the same objective</source>
        <translation>ключевой результат «{title}» уже есть в строке {row} под той же целью</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>нужно число</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a kind; use one of {kinds}</source>
        <translation>«{value}» — не тип; используйте один из: {kinds}</translation>
    </message>
    <message>
        <source>a kind is required; use one of {kinds}</source>
        <translation>нужен тип; используйте один из: {kinds}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a unit; use one of {units}</source>
        <translation>«{value}» — не единица; используйте одну из: {units}</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} — не целое число</translation>
    </message>
    <message numerus="yes">
        <source>has more than %Ln row(s) of key results; refused</source>
        <translation>
            <numerusform>больше %Ln строки ключевых результатов; отклонено</numerusform>
            <numerusform>больше %Ln строк ключевых результатов; отклонено</numerusform>
            <numerusform>больше %Ln строк ключевых результатов; отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>is %Ln MB, more than the {limit} MB an OKR sheet may be; refused</source>
        <translation>
            <numerusform>%Ln МБ, больше допустимых для таблицы OKR {limit} МБ; отклонено</numerusform>
            <numerusform>%Ln МБ, больше допустимых для таблицы OKR {limit} МБ; отклонено</numerusform>
            <numerusform>%Ln МБ, больше допустимых для таблицы OKR {limit} МБ; отклонено</numerusform>
        </translation>
    </message>
    <message>
        <source>the first row has no column names</source>
        <translation>в первой строке нет названий столбцов</translation>
    </message>
    <message numerus="yes">
        <source>a cell is longer than %Ln character(s)</source>
        <translation>
            <numerusform>ячейка длиннее %Ln символа</numerusform>
            <numerusform>ячейка длиннее %Ln символов</numerusform>
            <numerusform>ячейка длиннее %Ln символов</numerusform>
        </translation>
    </message>
    <message>
        <source>is not {encoding} text</source>
        <translation>не текст в кодировке {encoding}</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail})</source>
        <translation>не читается как CSV ({detail})</translation>
    </message>
</context>
<context>
    <name>OkrSheetImport</name>
    <message>
        <source>Import OKRs from {file}</source>
        <translation>Импорт OKR из {file}</translation>
    </message>
</context>
<context>
    <name>OkrTemplates</name>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Разработка</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Customer success</source>
        <translation>Клиентский успех</translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Малый бизнес</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Бизнес</translation>
    </message>
    <message>
        <source>New objective {title} from a template</source>
        <translation>Новая цель {title} из шаблона</translation>
    </message>
</context>
<context>
    <name>OkrTreeModel</name>
    <message>
        <source>The target is reached.</source>
        <translation>Целевое значение достигнуто.</translation>
    </message>
    <message>
        <source>No check-in yet.</source>
        <translation>Чек-инов ещё не было.</translation>
    </message>
    <message>
        <source>Behind pace by {gap} (more than {limit}).</source>
        <translation>Отставание от графика: {gap} (больше {limit}).</translation>
    </message>
    <message>
        <source>Confidence {confidence} ({limit} or less).</source>
        <translation>Уверенность {confidence} ({limit} или ниже).</translation>
    </message>
    <message>
        <source>Within {limit} of the pace.</source>
        <translation>В пределах {limit} от графика.</translation>
    </message>
    <message>
        <source>The latest value is outside its range (limit {limit}).</source>
        <translation>Последнее значение вне допустимого диапазона (граница {limit}).</translation>
    </message>
    <message>
        <source>The latest value is inside its range (limit {limit}).</source>
        <translation>Последнее значение в допустимом диапазоне (граница {limit}).</translation>
    </message>
    <message>
        <source>Inside its range at the cycle&apos;s end.</source>
        <translation>В допустимом диапазоне на конец цикла.</translation>
    </message>
    <message>
        <source>Not done by its due date, {due}.</source>
        <translation>Не выполнено к сроку ({due}).</translation>
    </message>
    <message>
        <source>Not done yet; due {due}.</source>
        <translation>Ещё не выполнено (срок {due}).</translation>
    </message>
    <message>
        <source>Graded {grade} at the cycle&apos;s close</source>
        <translation>Оценка {grade} при закрытии цикла</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>Цель / ключевой результат</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Чек-ин</translation>
    </message>
    <message>
        <source>Team objectives without a team</source>
        <translation>Цели команд без команды</translation>
    </message>
    <message>
        <source>{values}, now {current}</source>
        <translation>{values}, сейчас {current}</translation>
    </message>
    <message>
        <source>Own key results: {share}</source>
        <translation>Свои ключевые результаты: {share}</translation>
    </message>
    <message>
        <source>Aligned objectives: {share}</source>
        <translation>Связанные цели: {share}</translation>
    </message>
    <message>
        <source>Expected by today: {share}</source>
        <translation>По графику на сегодня: {share}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d ago</source>
        <comment>days since the last check-in</comment>
        <translation>
            <numerusform>%Ln день назад</numerusform>
            <numerusform>%Ln дня назад</numerusform>
            <numerusform>%Ln дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <source>New team {name}</source>
        <translation>Новая команда {name}</translation>
    </message>
    <message>
        <source>Rename team {old} to {new}</source>
        <translation>Переименовать команду {old} в {new}</translation>
    </message>
    <message>
        <source>Delete team {name}</source>
        <translation>Удалить команду {name}</translation>
    </message>
    <message>
        <source>New person {name}</source>
        <translation>Новый человек {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Изменить {name}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Удалить {name}</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message numerus="yes">
        <source>%Ln objective(s)</source>
        <translation>
            <numerusform>%Ln цель</numerusform>
            <numerusform>%Ln цели</numerusform>
            <numerusform>%Ln целей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s)</source>
        <translation>
            <numerusform>%Ln ключевой результат</numerusform>
            <numerusform>%Ln ключевых результата</numerusform>
            <numerusform>%Ln ключевых результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln инициатива</numerusform>
            <numerusform>%Ln инициативы</numerusform>
            <numerusform>%Ln инициатив</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln experiment(s)</source>
        <translation>
            <numerusform>%Ln эксперимент</numerusform>
            <numerusform>%Ln эксперимента</numerusform>
            <numerusform>%Ln экспериментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln experiment task(s)</source>
        <translation>
            <numerusform>%Ln задача эксперимента</numerusform>
            <numerusform>%Ln задачи экспериментов</numerusform>
            <numerusform>%Ln задач экспериментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln team member(s)</source>
        <translation>
            <numerusform>%Ln участник команды</numerusform>
            <numerusform>%Ln участника команды</numerusform>
            <numerusform>%Ln участников команды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln KPI(s)</source>
        <translation>
            <numerusform>%Ln KPI</numerusform>
            <numerusform>%Ln KPI</numerusform>
            <numerusform>%Ln KPI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of {table}</source>
        <translation>
            <numerusform>%Ln строка в {table}</numerusform>
            <numerusform>%Ln строки в {table}</numerusform>
            <numerusform>%Ln строк в {table}</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} и {last}</translation>
    </message>
    <message>
        <source>People and teams</source>
        <translation>Люди и команды</translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation>&amp;Добавить команду…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Добавить &amp;человека…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Уд&amp;алить</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Команды</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Новая команда</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Переименовать команду</translation>
    </message>
    <message>
        <source>{name} has {things}; they will have no team. Delete?</source>
        <translation>У команды «{name}» есть {things}: они останутся без команды. Удалить?</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Изменить данные человека</translation>
    </message>
    <message>
        <source>{name} owns {things}; they will have no owner. Delete?</source>
        <translation>{name} — ответственный: {things}. Они останутся без ответственного. Удалить?</translation>
    </message>
    <message>
        <source>Edit → Undo puts everything back.</source>
        <translation>«Правка → Отменить» вернёт всё обратно.</translation>
    </message>
</context>
<context>
    <name>PeopleEditors</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
</context>
<context>
    <name>PeopleErrors</name>
    <message>
        <source>Give a name.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>Имя длиннее 100 символов.</translation>
    </message>
    <message>
        <source>The name {name} is taken.</source>
        <translation>Имя {name} уже занято.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>Адрес электронной почты слишком длинный.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} — не адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>PeriodComparisonChart</name>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>{rate}  (nothing to compare)</source>
        <translation>{rate}  (не с чем сравнить)</translation>
    </message>
    <message>
        <source>{rate}  {change}  ({p}, noise)</source>
        <translation>{rate}  {change}  ({p}, шум)</translation>
    </message>
    <message>
        <source>{arrow} {rate}  {change}  ({p}, significant)</source>
        <translation>{arrow} {rate}  {change}  ({p}, значимо)</translation>
    </message>
    <message>
        <source>{to} of {n} now; {base_to} of {base_n} before</source>
        <translation>сейчас {to} из {n}; раньше {base_to} из {base_n}</translation>
    </message>
    <message>
        <source>the week before</source>
        <translation>предыдущая неделя</translation>
    </message>
    <message numerus="yes">
        <source>the mean of the %n weeks before</source>
        <translation>
            <numerusform>среднее за %n предыдущую неделю</numerusform>
            <numerusform>среднее за %n предыдущие недели</numerusform>
            <numerusform>среднее за %n предыдущих недель</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Неделя с {day}</translation>
    </message>
    <message>
        <source>{current_mark} {current} against {baseline_mark} {baseline}</source>
        <translation>{current_mark} {current} против {baseline_mark} {baseline}</translation>
    </message>
    <message>
        <source>Change of each step</source>
        <translation>Изменение каждого шага</translation>
    </message>
    <message>
        <source>No weeks to compare yet</source>
        <translation>Пока нет недель для сравнения</translation>
    </message>
    <message>
        <source>A funnel needs two stages to compare steps</source>
        <translation>Для сравнения шагов в воронке нужно два этапа</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Без команды</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>There is already someone called “{name}”.</source>
        <translation>Человек с именем «{name}» уже есть.</translation>
    </message>
</context>
<context>
    <name>PlanWeekDialog</name>
    <message>
        <source>Plan {code} for a week</source>
        <translation>Запланировать {code} на неделю</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>Эксперимент:</translation>
    </message>
    <message>
        <source>&amp;Day 1:</source>
        <translation>&amp;День 1:</translation>
    </message>
    <message numerus="yes">
        <source>Runs %Ln day(s), to {date}; the day tasks are made from the template.</source>
        <translation>
            <numerusform>Длится %Ln день, до {date}; задачи по дням создаются из шаблона.</numerusform>
            <numerusform>Длится %Ln дня, до {date}; задачи по дням создаются из шаблона.</numerusform>
            <numerusform>Длится %Ln дней, до {date}; задачи по дням создаются из шаблона.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Funnel: conversion trend</source>
        <translation>Воронка: динамика конверсии</translation>
    </message>
    <message>
        <source>Objectives against the pace</source>
        <translation>Цели в сравнении с графиком</translation>
    </message>
    <message>
        <source>Funnel steps, week against week</source>
        <translation>Шаги воронки, неделя к неделе</translation>
    </message>
    <message>
        <source>Experiments: control and variant</source>
        <translation>Эксперименты: контроль и вариант</translation>
    </message>
    <message>
        <source>Nothing to chart for this week.</source>
        <translation>На этой неделе нечего показать на диаграмме.</translation>
    </message>
    <message>
        <source>week of {start}</source>
        <translation>неделя с {start}</translation>
    </message>
    <message>
        <source>What moved, {week}</source>
        <translation>Что изменилось, {week}</translation>
    </message>
    <message>
        <source>Experiments, {week}</source>
        <translation>Эксперименты, {week}</translation>
    </message>
    <message>
        <source>Next step, after the {week}</source>
        <translation>Следующий шаг после {week}</translation>
    </message>
    <message>
        <source>{cycle}: {progress} done, {expected} expected by now.</source>
        <translation>{cycle}: выполнено {progress}, по графику к этому моменту {expected}.</translation>
    </message>
    <message>
        <source>{start} → {end}: {before} → {now} ({change}, {p})</source>
        <translation>{start} → {end}: {before} → {now} ({change}, {p})</translation>
    </message>
    <message>
        <source>No funnel step moved beyond noise (p &lt; 0.05).</source>
        <translation>Ни один шаг воронки не изменился сильнее шума (p &lt; 0,05).</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>Behind: {names}</source>
        <translation>Отстают: {names}</translation>
    </message>
    <message>
        <source>{code} {title} (ended)</source>
        <translation>{code} {title} (завершён)</translation>
    </message>
    <message>
        <source>{code} {title} (running)</source>
        <translation>{code} {title} (идёт)</translation>
    </message>
    <message>
        <source>{head}: no results yet.</source>
        <translation>{head}: результатов пока нет.</translation>
    </message>
    <message>
        <source>{head}, {variant}</source>
        <translation>{head}, {variant}</translation>
    </message>
    <message>
        <source>{head}: {verdict}, {control} → {variant}</source>
        <translation>{head}: {verdict}, {control} → {variant}</translation>
    </message>
    <message>
        <source>No experiment ended or ran this week.</source>
        <translation>На этой неделе ни один эксперимент не завершился и не шёл.</translation>
    </message>
    <message>
        <source>No experiment is planned yet: pick one from the backlog.</source>
        <translation>Эксперимент ещё не запланирован: выберите его из бэклога.</translation>
    </message>
    <message>
        <source>Proposed: {code} {title}</source>
        <translation>Предложен: {code} {title}</translation>
    </message>
    <message>
        <source>Next: {code} {title}</source>
        <translation>Следующий: {code} {title}</translation>
    </message>
    <message>
        <source>Day 1: {day}</source>
        <translation>День 1: {day}</translation>
    </message>
    <message>
        <source>Decisions: {text}</source>
        <translation>Решения: {text}</translation>
    </message>
    <message>
        <source>Notes: {text}</source>
        <translation>Заметки: {text}</translation>
    </message>
    <message>
        <source>The one change: {text}</source>
        <translation>Единственное изменение: {text}</translation>
    </message>
    <message>
        <source>Hypothesis: {text}</source>
        <translation>Гипотеза: {text}</translation>
    </message>
    <message>
        <source>Measured on {start} → {end}</source>
        <translation>Измеряется на {start} → {end}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Ответственный: {name}</translation>
    </message>
    <message>
        <source>{title} ({page} of {count})</source>
        <translation>{title} ({page} из {count})</translation>
    </message>
    <message>
        <source>{cycle}: revenue, CAC and the forecast</source>
        <translation>{cycle}: выручка, CAC и прогноз</translation>
    </message>
    <message>
        <source>{cycle}: objectives by status</source>
        <translation>{cycle}: цели по статусам</translation>
    </message>
    <message>
        <source>{cycle}: forecast to the cycle&apos;s end</source>
        <translation>{cycle}: прогноз на конец цикла</translation>
    </message>
    <message>
        <source>The funnel step by step</source>
        <translation>Воронка шаг за шагом</translation>
    </message>
    <message>
        <source>Form conversion by source</source>
        <translation>Конверсия в форму по источникам</translation>
    </message>
    <message>
        <source>This week&apos;s experiment tasks</source>
        <translation>Задачи эксперимента на этой неделе</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>okrdesk — presentation</source>
        <translation>okrdesk — презентация</translation>
    </message>
    <message>
        <source>← → move · Home, End · Esc leaves</source>
        <translation>← → переход · Home, End · Esc — выход</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Нечего показывать</translation>
    </message>
    <message>
        <source>{page} / {count}</source>
        <translation>{page} / {count}</translation>
    </message>
    <message>
        <source>Preparing the presentation</source>
        <translation>Подготовка презентации</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Week of</source>
        <translation>Неделя с</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>RecordCheckInCommand</name>
    <message>
        <source>Check-in of {title}</source>
        <translation>Чек-ин: {title}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>expected {share}</source>
        <translation>по графику {share}</translation>
    </message>
    <message>
        <source>Objectives: progress, coloured by status; the dashed line is the expected pace.</source>
        <translation>Цели: прогресс, цвет по статусу; пунктир — ожидаемый темп.</translation>
    </message>
    <message>
        <source>week before</source>
        <translation>неделей ранее</translation>
    </message>
    <message>
        <source>reviewed week</source>
        <translation>неделя обзора</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>шум</translation>
    </message>
    <message>
        <source>Step conversion, the week before against the reviewed week; every step on one scale. Marked: significant at p &lt; 0.05.</source>
        <translation>Конверсия шагов: предыдущая неделя против недели обзора; все шаги в одном масштабе. Отмечено: значимо при p &lt; 0,05.</translation>
    </message>
    <message>
        <source>Step conversion, the week before against the reviewed week; each step on its own scale. Marked: significant at p &lt; 0.05.</source>
        <translation>Конверсия шагов: предыдущая неделя против недели обзора; у каждого шага свой масштаб. Отмечено: значимо при p &lt; 0,05.</translation>
    </message>
    <message>
        <source>Control (grey) and variant (blue) conversion; the whisker is the 95 % interval of the difference, placed at the control&apos;s rate.</source>
        <translation>Конверсия контроля (серый) и варианта (синий); «ус» — 95 % интервал разницы, отложенный от конверсии контроля.</translation>
    </message>
    <message>
        <source>{file}: unknown report type; name the file .pdf, .html or .md</source>
        <translation>{file}: неизвестный тип отчёта; назовите файл .pdf, .html или .md</translation>
    </message>
    <message>
        <source>{file}: no such workspace file</source>
        <translation>{file}: нет такого файла рабочей области</translation>
    </message>
    <message>
        <source>{file}: is a folder, not a file name</source>
        <translation>{file}: это папка, а не имя файла</translation>
    </message>
    <message>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}: папки {folder} не существует</translation>
    </message>
    <message>
        <source>{file}: cannot write into {folder}</source>
        <translation>{file}: нет прав на запись в {folder}</translation>
    </message>
    <message>
        <source>{file}: the file is read-only</source>
        <translation>{file}: файл только для чтения</translation>
    </message>
    <message>
        <source>{verdict}, although the test had only {power} power for the planned {mde}</source>
        <translation>{verdict}, хотя при запланированном эффекте {mde} мощность теста была всего {power}</translation>
    </message>
    <message>
        <source>difference {diff}</source>
        <translation>разница {diff}</translation>
    </message>
    <message>
        <source>95 % interval {low} to {high}</source>
        <translation>95 % интервал: от {low} до {high}</translation>
    </message>
    <message>
        <source>relative lift {lift}</source>
        <translation>относительный прирост {lift}</translation>
    </message>
    <message>
        <source>exact test</source>
        <translation>точный тест</translation>
    </message>
    <message>
        <source>z-test</source>
        <translation>z-тест</translation>
    </message>
    <message>
        <source>always-valid {p}</source>
        <translation>последовательное {p}</translation>
    </message>
    <message numerus="yes">
        <source>always-valid {p}; calls Holm-corrected over %n variant(s)</source>
        <translation>
            <numerusform>последовательное {p}; выводы с поправкой Холма на %n вариант</numerusform>
            <numerusform>последовательное {p}; выводы с поправкой Холма на %n варианта</numerusform>
            <numerusform>последовательное {p}; выводы с поправкой Холма на %n вариантов</numerusform>
        </translation>
    </message>
    <message>
        <source>chance to win {share}</source>
        <translation>шанс на победу {share}</translation>
    </message>
    <message>
        <source>{lift} ({low} to {high})</source>
        <translation>{lift} ({low} – {high})</translation>
    </message>
    <message>
        <source>Weekly review: week of {date}</source>
        <translation>Обзор недели: неделя с {date}</translation>
    </message>
    <message>
        <source>{first} – {last} ({week})</source>
        <translation>{first} – {last} ({week})</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <source>Verdict for {name}:</source>
        <translation>Итог для «{name}»:</translation>
    </message>
    <message>
        <source>2. Experiments: what they showed</source>
        <translation>2. Эксперименты: что они показали</translation>
    </message>
    <message>
        <source>No experiment ended or ran this week.</source>
        <translation>На этой неделе ни один эксперимент не завершился и не шёл.</translation>
    </message>
    <message>
        <source>ended {date}</source>
        <translation>завершён {date}</translation>
    </message>
    <message>
        <source>running since {date}</source>
        <translation>идёт с {date}</translation>
    </message>
    <message>
        <source>metric: {metric}</source>
        <translation>метрика: {metric}</translation>
    </message>
    <message>
        <source>variable: {variable}</source>
        <translation>переменная: {variable}</translation>
    </message>
    <message>
        <source>No results entered yet.</source>
        <translation>Результаты ещё не введены.</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Learnings:</source>
        <translation>Выводы:</translation>
    </message>
    <message>
        <source>3. Next step: what changes next week</source>
        <translation>3. Следующий шаг: что меняем на следующей неделе</translation>
    </message>
    <message>
        <source>Proposed next experiment:</source>
        <translation>Предложенный следующий эксперимент:</translation>
    </message>
    <message>
        <source>Next experiment:</source>
        <translation>Следующий эксперимент:</translation>
    </message>
    <message>
        <source>starts {date}</source>
        <translation>старт {date}</translation>
    </message>
    <message>
        <source>No next experiment chosen or planned yet.</source>
        <translation>Следующий эксперимент ещё не выбран и не запланирован.</translation>
    </message>
    <message>
        <source>The review meeting has not saved decisions yet.</source>
        <translation>Решения встречи по обзору ещё не сохранены.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>{cycle}: {progress} done, {expected} expected</source>
        <translation>{cycle}: выполнено {progress}, по графику {expected}</translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) off track</source>
        <translation>
            <numerusform>%n ключевой результат не по плану</numerusform>
            <numerusform>%n ключевых результата не по плану</numerusform>
            <numerusform>%n ключевых результатов не по плану</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n significant funnel change(s)</source>
        <translation>
            <numerusform>%n значимое изменение воронки</numerusform>
            <numerusform>%n значимых изменения воронки</numerusform>
            <numerusform>%n значимых изменений воронки</numerusform>
        </translation>
    </message>
    <message>
        <source>No cycle or funnel data for this week</source>
        <translation>Нет данных по циклу или воронке за эту неделю</translation>
    </message>
    <message>
        <source>{code} ended</source>
        <translation>{code} завершён</translation>
    </message>
    <message>
        <source>{code} running</source>
        <translation>{code} идёт</translation>
    </message>
    <message>
        <source>None ended or running</source>
        <translation>Нет завершённых или идущих</translation>
    </message>
    <message>
        <source>proposed: {experiment}</source>
        <translation>предложен: {experiment}</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Пока не выбран</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Отклонения</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Эксперименты</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Страница {page} из {total}</translation>
    </message>
    <message>
        <source>{decision} by {person}</source>
        <translation>{decision} — {person}</translation>
    </message>
    <message>
        <source>Scores of {cycle}</source>
        <translation>Оценки: {cycle}</translation>
    </message>
    <message>
        <source>No objective was scored.</source>
        <translation>Ни одна цель не оценена.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{title} ({score})</source>
        <translation>{title} ({score})</translation>
    </message>
    <message>
        <source>In the stretch sweet spot (0.6–0.7): {objectives}.</source>
        <translation>В зоне амбиций (0,6–0,7): {objectives}.</translation>
    </message>
    <message>
        <source>No objective in the stretch sweet spot (0.6–0.7).</source>
        <translation>Ни одной цели в зоне амбиций (0,6–0,7).</translation>
    </message>
    <message>
        <source>Sandbagged (1.0 reached by {date}, two thirds into the cycle): {objectives}.</source>
        <translation>Занижены (1,0 достигнуто к {date}, на двух третях цикла): {objectives}.</translation>
    </message>
    <message>
        <source>Stretch sweet spot</source>
        <translation>Зона амбиций</translation>
    </message>
    <message>
        <source>Sandbagged: 1.0 by {date}</source>
        <translation>Занижена: 1,0 к {date}</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Амбициозная</translation>
    </message>
    <message>
        <source>1. Variance: what moved</source>
        <translation>1. Отклонения: что изменилось</translation>
    </message>
    <message>
        <source>Cycle progress</source>
        <translation>Прогресс цикла</translation>
    </message>
    <message>
        <source>{cycle}: {progress} done, {expected} expected by {date}.</source>
        <translation>{cycle}: выполнено {progress}, по графику к {date} — {expected}.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Funnel steps, week over week</source>
        <translation>Шаги воронки, неделя к неделе</translation>
    </message>
    <message>
        <source>No funnel data for this week.</source>
        <translation>Нет данных воронки за эту неделю.</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Ключевые результаты</translation>
    </message>
    <message>
        <source>No key results in a cycle of this week.</source>
        <translation>Нет ключевых результатов в цикле этой недели.</translation>
    </message>
    <message>
        <source>Key results that moved</source>
        <translation>Изменившиеся ключевые результаты</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Ключевой результат</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>Автор чек-ина</translation>
    </message>
    <message>
        <source>No key result moved this week.</source>
        <translation>На этой неделе ни один ключевой результат не изменился.</translation>
    </message>
    <message>
        <source>Off track and at risk</source>
        <translation>Не по плану и под угрозой</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>По графику</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Every key result is on track or done.</source>
        <translation>Все ключевые результаты по плану или выполнены.</translation>
    </message>
    <message>
        <source>Key results that need an update</source>
        <translation>Ключевые результаты, которые нужно обновить</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Последний чек-ин</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>Дней без чек-ина</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Every key result was checked in recently.</source>
        <translation>По всем ключевым результатам недавно были чек-ины.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Неделей ранее</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-значение</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Значимо</translation>
    </message>
    <message>
        <source>unknown locale {name} (write it like en_GB or de_DE)</source>
        <translation>неизвестная локаль {name} (пишите её как ru_RU или en_GB)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>&amp;Add variant</source>
        <translation>&amp;Добавить вариант</translation>
    </message>
    <message>
        <source>&amp;Remove arm</source>
        <translation>&amp;Удалить группу</translation>
    </message>
    <message>
        <source>Make c&amp;ontrol</source>
        <translation>Сделать кон&amp;тролем</translation>
    </message>
    <message>
        <source>Take from f&amp;unnel data</source>
        <translation>Взять из данных &amp;воронки</translation>
    </message>
    <message>
        <source>Visitors and conversions per variant from the funnel&apos;s weekly counts.</source>
        <translation>Посетители и конверсии по вариантам из недельных данных воронки.</translation>
    </message>
    <message>
        <source>No results yet. Add the control and the variant, then type the visitors and conversions of each, or take them from the funnel data.</source>
        <translation>Результатов пока нет. Добавьте контроль и вариант, затем введите посетителей и конверсии для каждого или возьмите их из данных воронки.</translation>
    </message>
    <message>
        <source>Choose an experiment to see its results.</source>
        <translation>Выберите эксперимент, чтобы увидеть его результаты.</translation>
    </message>
    <message>
        <source>no funnel step</source>
        <translation>нет шага воронки</translation>
    </message>
    <message>
        <source>Results of {code} · {title} · {step}</source>
        <translation>Результаты {code} · {title} · {step}</translation>
    </message>
    <message>
        <source>The funnel data has these variants: {names}.</source>
        <translation>В данных воронки есть такие варианты: {names}.</translation>
    </message>
    <message>
        <source>Day {day} of {days}: the test runs until {last}. Until then a difference reads “leading” or “trailing”, unless it is clear enough for a test that stays honest however often you look.</source>
        <translation>День {day} из {days}: тест идёт до {last}; до тех пор разница отмечается как «впереди» или «позади», если только она не настолько явная, что её подтверждает тест, остающийся честным, как бы часто вы ни смотрели.</translation>
    </message>
    <message>
        <source>{arm}: {share} reached SQL</source>
        <translation>{arm}: до SQL дошли {share}</translation>
    </message>
    <message>
        <source>{arm}: {share} reached SQL, average deal {amount}</source>
        <translation>{arm}: до SQL дошли {share}, средняя сделка {amount}</translation>
    </message>
    <message>
        <source>Lead quality (Day 6): {arms}.</source>
        <translation>Качество лидов (день 6): {arms}.</translation>
    </message>
    <message>
        <source>Each arm&apos;s rate, with its 95 % interval</source>
        <translation>CR каждой группы с 95 % интервалом</translation>
    </message>
    <message>
        <source>&amp;Add control and variant</source>
        <translation>Добавить &amp;контроль и вариант</translation>
    </message>
    <message>
        <source>Edit results</source>
        <translation>Изменить результаты</translation>
    </message>
    <message>
        <source>{arm}: every arm needs a name of its own.</source>
        <translation>{arm}: у каждой группы должно быть своё название.</translation>
    </message>
    <message>
        <source>{arm}: visitors must be a whole number, 0 or more.</source>
        <translation>{arm}: число посетителей должно быть целым, 0 или больше.</translation>
    </message>
    <message>
        <source>{arm}: more conversions than visitors.</source>
        <translation>{arm}: конверсий больше, чем посетителей.</translation>
    </message>
    <message>
        <source>{arm}: more SQLs than conversions.</source>
        <translation>{arm}: SQL больше, чем конверсий.</translation>
    </message>
    <message>
        <source>{arm}: the average deal value must be 0 or more.</source>
        <translation>{arm}: средняя сумма сделки должна быть 0 или больше.</translation>
    </message>
    <message>
        <source>Exactly one arm must be the control.</source>
        <translation>Контролем должна быть ровно одна группа.</translation>
    </message>
    <message>
        <source>{arm}: {reason}</source>
        <translation>{arm}: {reason}</translation>
    </message>
    <message>
        <source>control</source>
        <translation>контроль</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>вариант</translation>
    </message>
    <message>
        <source>Add control and variant</source>
        <translation>Добавить контроль и вариант</translation>
    </message>
    <message>
        <source>variant {number}</source>
        <translation>вариант {number}</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Добавить {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Удалить {name}</translation>
    </message>
    <message>
        <source>Make {name} the control</source>
        <translation>Сделать {name} контролем</translation>
    </message>
    <message>
        <source>The funnel data has no variants on this step during the experiment.</source>
        <translation>В данных воронки нет вариантов на этом шаге за время эксперимента.</translation>
    </message>
    <message>
        <source>Take results from funnel data</source>
        <translation>Взять результаты из данных воронки</translation>
    </message>
</context>
<context>
    <name>RevenueBlock</name>
    <message>
        <source>Revenue key result</source>
        <translation>Ключевой результат по выручке</translation>
    </message>
    <message>
        <source>Revenue booked in the funnel this cycle</source>
        <translation>Выручка в воронке за этот цикл</translation>
    </message>
    <message>
        <source>CAC this cycle</source>
        <translation>CAC за цикл</translation>
    </message>
    <message>
        <source>Objectives at cycle end, forecast</source>
        <translation>Цели на конец цикла, прогноз</translation>
    </message>
    <message>
        <source>No key result of this cycle counts money that grows.</source>
        <translation>Ни один ключевой результат этого цикла не считает растущую сумму денег.</translation>
    </message>
    <message>
        <source>Revenue against its target</source>
        <translation>Выручка относительно целевого значения</translation>
    </message>
    <message>
        <source>Revenue against its target; {expected} expected by now</source>
        <translation>Выручка относительно целевого значения; по графику на сегодня {expected}</translation>
    </message>
    <message>
        <source>No spend or revenue in the funnel yet.</source>
        <translation>В воронке пока нет расходов или выручки.</translation>
    </message>
    <message>
        <source>{first} to {last}, {funnel}</source>
        <translation>С {first} по {last}, {funnel}</translation>
    </message>
    <message>
        <source>{spend} spent for {deals} deals; last full week {week_cac}</source>
        <translation>Потрачено {spend}, сделок: {deals}; CAC последней полной недели — {week_cac}</translation>
    </message>
    <message>
        <source>Now {now}, expected {expected}</source>
        <translation>Сейчас {now}, по графику {expected}</translation>
    </message>
    <message>
        <source>Too few check-ins for a forecast.</source>
        <translation>Слишком мало чек-инов для прогноза.</translation>
    </message>
    <message>
        <source>Target {target}: {progress} done, {expected} expected</source>
        <translation>Целевое значение {target}: выполнено {progress}, по графику {expected}</translation>
    </message>
</context>
<context>
    <name>ReviewBrief</name>
    <message>
        <source>{points} behind pace</source>
        <translation>отстаёт от графика на {points}</translation>
    </message>
    <message>
        <source>confidence {confidence} of 10</source>
        <translation>уверенность {confidence} из 10</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>чек-инов ещё не было</translation>
    </message>
    <message numerus="yes">
        <source>no check-in for %n day(s)</source>
        <translation>
            <numerusform>нет чек-ина %n день</numerusform>
            <numerusform>нет чек-ина %n дня</numerusform>
            <numerusform>нет чек-ина %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>целевое значение достигнуто</translation>
    </message>
    <message>
        <source>outside its range</source>
        <translation>вне допустимого диапазона</translation>
    </message>
    <message>
        <source>inside its range</source>
        <translation>в допустимом диапазоне</translation>
    </message>
    <message>
        <source>inside its range at the cycle&apos;s end</source>
        <translation>в допустимом диапазоне на конец цикла</translation>
    </message>
    <message>
        <source>not done by its due date</source>
        <translation>не выполнено к сроку</translation>
    </message>
    <message>
        <source>not done yet, before its due date</source>
        <translation>ещё не выполнено, срок не наступил</translation>
    </message>
    <message>
        <source>{progress} done</source>
        <translation>выполнено {progress}</translation>
    </message>
    <message>
        <source>Week of {day}.</source>
        <translation>Неделя с {day}.</translation>
    </message>
    <message>
        <source>No cycle covers this week.</source>
        <translation>Эта неделя не входит ни в один цикл.</translation>
    </message>
    <message numerus="yes">
        <source>Behind: {named}, and %n more.</source>
        <translation>
            <numerusform>Отстают: {named} и ещё %n.</numerusform>
            <numerusform>Отстают: {named} и ещё %n.</numerusform>
            <numerusform>Отстают: {named} и ещё %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n выполнен</numerusform>
            <numerusform>%n выполнено</numerusform>
            <numerusform>%n выполнено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation>
            <numerusform>%n по плану</numerusform>
            <numerusform>%n по плану</numerusform>
            <numerusform>%n по плану</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n под угрозой</numerusform>
            <numerusform>%n под угрозой</numerusform>
            <numerusform>%n под угрозой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n off track</source>
        <translation>
            <numerusform>%n не по плану</numerusform>
            <numerusform>%n не по плану</numerusform>
            <numerusform>%n не по плану</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needs update</source>
        <translation>
            <numerusform>%n нужно обновить</numerusform>
            <numerusform>%n нужно обновить</numerusform>
            <numerusform>%n нужно обновить</numerusform>
        </translation>
    </message>
    <message>
        <source>{cycle} is {expected} through; its objectives are {progress} done.</source>
        <translation>{cycle} пройден на {expected}; его цели выполнены на {progress}.</translation>
    </message>
    <message>
        <source>{cycle} is {expected} through; its objectives are {progress} done, on pace.</source>
        <translation>{cycle} пройден на {expected}; его цели выполнены на {progress}, по графику.</translation>
    </message>
    <message>
        <source>{cycle} is {expected} through; its objectives are {progress} done, behind pace.</source>
        <translation>{cycle} пройден на {expected}; его цели выполнены на {progress}, с отставанием от графика.</translation>
    </message>
    <message>
        <source>{cycle} is {expected} through; its objectives are {progress} done, ahead of pace.</source>
        <translation>{cycle} пройден на {expected}; его цели выполнены на {progress}, с опережением графика.</translation>
    </message>
    <message numerus="yes">
        <source>Funnel: %n significant change(s): {named}.</source>
        <translation>
            <numerusform>Воронка: %n значимое изменение: {named}.</numerusform>
            <numerusform>Воронка: %n значимых изменения: {named}.</numerusform>
            <numerusform>Воронка: %n значимых изменений: {named}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key results: {counts} (of {total}).</source>
        <translation>Ключевые результаты: {counts} (из {total}).</translation>
    </message>
    <message>
        <source>{title} ({why})</source>
        <translation>{title} ({why})</translation>
    </message>
    <message>
        <source>Behind: {named}.</source>
        <translation>Отстают: {named}.</translation>
    </message>
    <message>
        <source>Needs an update: {titles}.</source>
        <translation>Нужно обновить: {titles}.</translation>
    </message>
    <message>
        <source>Funnel: no step moved beyond noise this week (two-proportion test, p &lt; 0.05).</source>
        <translation>Воронка: на этой неделе ни один шаг не изменился сверх шума (тест двух долей, p &lt; 0,05).</translation>
    </message>
    <message>
        <source>{step_from} → {step_to} {before} → {now} ({change}, {p})</source>
        <translation>{step_from} → {step_to} {before} → {now} ({change}, {p})</translation>
    </message>
    <message>
        <source>Experiments: none ended or running this week.</source>
        <translation>Эксперименты: на этой неделе ни один не завершился и не шёл.</translation>
    </message>
    <message>
        <source>Next step: no experiment is planned; pick one from the backlog.</source>
        <translation>Следующий шаг: эксперимент не запланирован; выберите его из бэклога.</translation>
    </message>
    <message>
        <source>Proposed next step: {code} ({title}), starting {day}.</source>
        <translation>Предлагаемый следующий шаг: {code} ({title}; старт {day}).</translation>
    </message>
    <message>
        <source>Proposed next step: {code} ({title}).</source>
        <translation>Предлагаемый следующий шаг: {code} ({title}).</translation>
    </message>
    <message>
        <source>Next step: {code} ({title}), starting {day}.</source>
        <translation>Следующий шаг: {code} ({title}; старт {day}).</translation>
    </message>
    <message>
        <source>Next step: {code} ({title}).</source>
        <translation>Следующий шаг: {code} ({title}).</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} и {last}</translation>
    </message>
    <message>
        <source>{verdict} although the test had only {power} power for the planned {mde}, so the effect is likely smaller than measured</source>
        <translation>{verdict}, хотя при запланированном эффекте {mde} мощность теста была всего {power}, так что эффект, скорее всего, меньше измеренного</translation>
    </message>
    <message>
        <source> ({change}, {p}, always-valid {always_valid_p})</source>
        <translation> ({change}, {p}, последовательное {always_valid_p})</translation>
    </message>
    <message>
        <source>{code} ({title}) ended</source>
        <translation>{code} ({title}) завершён</translation>
    </message>
    <message>
        <source>{code} ({title}) is running</source>
        <translation>{code} ({title}) идёт</translation>
    </message>
    <message>
        <source>{head}; no results entered yet.</source>
        <translation>{head}; результаты ещё не введены.</translation>
    </message>
    <message>
        <source>; decision: {decision}</source>
        <translation>; решение: {decision}</translation>
    </message>
    <message>
        <source>{metric} {control} in control, {variant} in the variant</source>
        <translation>{metric}: {control} в контроле, {variant} в варианте</translation>
    </message>
    <message>
        <source>{head}: {verdict}, {numbers}{decision}.</source>
        <translation>{head}: {verdict}, {numbers}{decision}.</translation>
    </message>
    <message>
        <source>{name} {rate}: {verdict}{numbers}</source>
        <translation>{name} {rate}: {verdict}{numbers}</translation>
    </message>
    <message>
        <source>{head}: {metric} {control} in control; {variants}{decision}.</source>
        <translation>{head}: {metric} {control} в контроле; {variants}{decision}.</translation>
    </message>
    <message numerus="yes">
        <source>Calls are Holm-corrected for %n variant(s).</source>
        <translation>
            <numerusform>Выводы с поправкой Холма на %n вариант.</numerusform>
            <numerusform>Выводы с поправкой Холма на %n варианта.</numerusform>
            <numerusform>Выводы с поправкой Холма на %n вариантов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Brief</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Next week&apos;s experiment</source>
        <translation>Эксперимент следующей недели</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Веб-страница (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>{workspace} review {week}</source>
        <comment>a PDF&apos;s file name</comment>
        <translation>{workspace} обзор {week}</translation>
    </message>
    <message>
        <source>Exporting the review</source>
        <translation>Экспорт обзора</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Запись {file}…</translation>
    </message>
    <message>
        <source>Export review</source>
        <translation>Экспорт обзора</translation>
    </message>
    <message>
        <source>Review exported</source>
        <translation>Обзор экспортирован</translation>
    </message>
    <message>
        <source>The review was written to {path}.</source>
        <translation>Обзор сохранён в {path}.</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Открыть файл</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Ended</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дошли</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Неделей ранее</translation>
    </message>
    <message>
        <source>Reviewed week</source>
        <translation>Неделя обзора</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-значение</translation>
    </message>
    <message>
        <source>Beyond noise?</source>
        <translation>Выше шума?</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Значимо</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Шум</translation>
    </message>
    <message>
        <source>Two-proportion test against the week before; significant at p &lt; 0.05.</source>
        <translation>Тест двух долей в сравнении с предыдущей неделей; значимо при p &lt; 0,05.</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Ключевой результат</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>Автор чек-ина</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>По графику</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>{objective}
{title}
Owner: {owner}</source>
        <translation>{objective}
{title}
Ответственный: {owner}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Эксперимент</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Relative lift</source>
        <translation>Относительный прирост</translation>
    </message>
    <message>
        <source>Always-valid p</source>
        <translation>Последоват. p</translation>
    </message>
    <message>
        <source>Chance to win</source>
        <translation>Шанс на победу</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>{rate} ({conversions} of {visitors})</source>
        <translation>{rate} ({conversions} из {visitors})</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Результатов пока нет</translation>
    </message>
    <message>
        <source>{phase}, {after}</source>
        <translation>{phase}, {after}</translation>
    </message>
    <message>
        <source>{title}
Changed: {variable}
Metric: {metric}</source>
        <translation>{title}
Изменено: {variable}
Метрика: {metric}</translation>
    </message>
    <message>
        <source>95 % interval: {low} to {high}</source>
        <translation>95 % интервал: от {low} до {high}</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test (a small table)</source>
        <translation>Точный тест Фишера (малая таблица)</translation>
    </message>
    <message>
        <source>Pooled two-proportion z-test, one look</source>
        <translation>Объединённый z-тест двух долей, один просмотр</translation>
    </message>
    <message numerus="yes">
        <source>Stays valid however often the results are looked at; a win or loss needs it and the one-look p below 0.05 (Holm-corrected over %Ln variant(s)).</source>
        <translation>
            <numerusform>Остаётся верным, как бы часто ни смотрели на результаты; для победы или проигрыша нужно, чтобы и оно, и p при одном просмотре были ниже 0,05 (с поправкой Холма на %Ln вариант).</numerusform>
            <numerusform>Остаётся верным, как бы часто ни смотрели на результаты; для победы или проигрыша нужно, чтобы и оно, и p при одном просмотре были ниже 0,05 (с поправкой Холма на %Ln варианта).</numerusform>
            <numerusform>Остаётся верным, как бы часто ни смотрели на результаты; для победы или проигрыша нужно, чтобы и оно, и p при одном просмотре были ниже 0,05 (с поправкой Холма на %Ln вариантов).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only {power} power for the planned {mde}.</source>
        <translation>При запланированном эффекте {mde} мощность всего {power}.</translation>
    </message>
    <message>
        <source>{verdict} (low power)</source>
        <translation>{verdict} (низкая мощность)</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>No funnel data for this week yet: import its export in the Funnel section.</source>
        <translation>Данных воронки за эту неделю пока нет: импортируйте выгрузку в разделе «Воронка».</translation>
    </message>
    <message>
        <source>No key result moved this week.</source>
        <translation>На этой неделе ни один ключевой результат не изменился.</translation>
    </message>
    <message>
        <source>No key result is at risk or off track.</source>
        <translation>Нет ключевых результатов под угрозой или не по плану.</translation>
    </message>
    <message>
        <source>Every key result was checked in recently.</source>
        <translation>По всем ключевым результатам недавно были чек-ины.</translation>
    </message>
    <message>
        <source>Funnel steps, against the week before</source>
        <translation>Шаги воронки в сравнении с предыдущей неделей</translation>
    </message>
    <message>
        <source>Off track and at risk</source>
        <translation>Не по плану и под угрозой</translation>
    </message>
    <message>
        <source>Key results that moved</source>
        <translation>Изменившиеся ключевые результаты</translation>
    </message>
    <message>
        <source>Key results that need an update</source>
        <translation>Ключевые результаты, которые нужно обновить</translation>
    </message>
    <message>
        <source>No cycle covers this week.</source>
        <translation>Эта неделя не входит ни в один цикл.</translation>
    </message>
    <message>
        <source>{cycle}: {progress} done, {expected} expected by {day}</source>
        <translation>{cycle}: выполнено {progress}, по графику к {day} — {expected}</translation>
    </message>
    <message>
        <source>{name}: {count}</source>
        <translation>{name}: {count}</translation>
    </message>
    <message>
        <source>What the experiments showed</source>
        <translation>Что показали эксперименты</translation>
    </message>
    <message>
        <source>No experiment ended or ran this week.</source>
        <translation>На этой неделе ни один эксперимент не завершился и не шёл.</translation>
    </message>
    <message>
        <source>What changes next week</source>
        <translation>Что меняем на следующей неделе</translation>
    </message>
    <message>
        <source>&amp;New experiment…</source>
        <translation>&amp;Новый эксперимент…</translation>
    </message>
    <message>
        <source>What the meeting decided: scale, roll back, who does what.</source>
        <translation>Что решили на встрече: масштабировать, откатить, кто что делает.</translation>
    </message>
    <message>
        <source>Anything else worth keeping.</source>
        <translation>Всё остальное, что стоит сохранить.</translation>
    </message>
    <message>
        <source>Next week&apos;s experiment</source>
        <translation>Эксперимент следующей недели</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>The brief</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>Re&amp;write from data</source>
        <translation>Пере&amp;писать по данным</translation>
    </message>
    <message>
        <source>Replace the text with the brief written from this week&apos;s numbers.</source>
        <translation>Заменить текст резюме новым, составленным по цифрам этой недели.</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <source>Weekly review</source>
        <translation>Обзор недели</translation>
    </message>
    <message>
        <source>What moved and why, what the experiment showed, what changes next week.</source>
        <translation>Что изменилось и почему, что показал эксперимент, что меняем на следующей неделе.</translation>
    </message>
    <message>
        <source>The week before (Alt+Left)</source>
        <translation>Предыдущая неделя (Alt+Влево)</translation>
    </message>
    <message>
        <source>The week after (Alt+Right)</source>
        <translation>Следующая неделя (Alt+Вправо)</translation>
    </message>
    <message>
        <source>Reviewed weeks; those with a saved meeting are marked</source>
        <translation>Недели обзоров; недели с сохранённой встречей отмечены</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Write this review as PDF, HTML or Markdown</source>
        <translation>Сохранить этот обзор в PDF, HTML или Markdown</translation>
    </message>
    <message>
        <source>Review written to {path}</source>
        <translation>Обзор сохранён: {path}</translation>
    </message>
    <message>
        <source>{label} · {first} – {last}</source>
        <translation>{label} · {first} – {last}</translation>
    </message>
    <message>
        <source>{week} · reviewed</source>
        <translation>{week} · обзор проведён</translation>
    </message>
    <message>
        <source>No experiment chosen</source>
        <translation>Эксперимент не выбран</translation>
    </message>
    <message>
        <source>{code} — {title} ({status})</source>
        <translation>{code} — {title} ({status})</translation>
    </message>
    <message>
        <source>, starting {day}</source>
        <translation> (старт {day})</translation>
    </message>
    <message>
        <source>The data proposes {code} — {title}{when}. Choose it to decide.</source>
        <translation>Данные предлагают {code} — {title}{when}. Выберите его, чтобы принять решение.</translation>
    </message>
    <message>
        <source>Nothing is planned: pick an idea from the backlog or create one.</source>
        <translation>Ничего не запланировано: выберите идею из бэклога или создайте новую.</translation>
    </message>
    <message>
        <source>Edited by hand; the export uses this text.</source>
        <translation>Изменено вручную; при экспорте используется этот текст.</translation>
    </message>
    <message>
        <source>Written from this week&apos;s numbers.</source>
        <translation>Составлено по цифрам этой недели.</translation>
    </message>
    <message>
        <source>the review of {week}</source>
        <translation>обзор за {week}</translation>
    </message>
    <message>
        <source>Edit the brief of {week}</source>
        <translation>Изменить резюме недели {week}</translation>
    </message>
    <message>
        <source>Edit the decisions of {week}</source>
        <translation>Изменить решения недели {week}</translation>
    </message>
    <message>
        <source>Edit the notes of {week}</source>
        <translation>Изменить заметки недели {week}</translation>
    </message>
    <message>
        <source>Choose next week&apos;s experiment in {week}</source>
        <translation>Выбрать эксперимент на следующую неделю ({week})</translation>
    </message>
    <message>
        <source>Rewrite the brief of {week} from data</source>
        <translation>Переписать резюме недели {week} по данным</translation>
    </message>
</context>
<context>
    <name>RowConflicts</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Чем больше, тем лучше</translation>
    </message>
    <message>
        <source>Green threshold</source>
        <translation>Зелёный порог</translation>
    </message>
    <message>
        <source>Red threshold</source>
        <translation>Красный порог</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Place in the funnel</source>
        <translation>Место в воронке</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Change the settings</source>
        <translation>&amp;Изменить настройки</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Отменено: ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>SaveSettingsCommand</name>
    <message>
        <source>Change workspace settings</source>
        <translation>Изменить настройки рабочей области</translation>
    </message>
    <message>
        <source>the workspace settings</source>
        <translation>настройки рабочей области</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation>Неделя начинается с</translation>
    </message>
    <message>
        <source>At risk when behind pace by</source>
        <translation>Под угрозой при отставании от графика на</translation>
    </message>
    <message>
        <source>Off track when behind pace by</source>
        <translation>Не по плану при отставании от графика на</translation>
    </message>
    <message>
        <source>At risk at confidence</source>
        <translation>Под угрозой при уверенности</translation>
    </message>
    <message>
        <source>Off track at confidence</source>
        <translation>Не по плану при уверенности</translation>
    </message>
    <message>
        <source>Needs an update after (days)</source>
        <translation>Нужно обновить через (дн.)</translation>
    </message>
    <message>
        <source>Conversion window of a cohort (days)</source>
        <translation>Окно конверсии когорты (дн.)</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>{file}: cannot write the image</source>
        <translation>{file}: не удаётся записать изображение</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>your role only lets you read this team workspace; nothing was changed</source>
        <translation>ваша роль позволяет только просматривать эту командную рабочую область; ничего не изменено</translation>
    </message>
    <message>
        <source>was made by an older okrdesk (schema {revision}) and only its owner role can upgrade it: ask for okrdesk team init {address}</source>
        <translation>создана более старой версией okrdesk (схема {revision}), и обновить её может только роль владельца: попросите выполнить okrdesk team init {address}</translation>
    </message>
    <message>
        <source>the workspace is open read-only; nothing was changed</source>
        <translation>рабочая область открыта только для чтения; ничего не изменено</translation>
    </message>
    <message>
        <source>your login may not read this team workspace: its owner can let you in with okrdesk team add</source>
        <translation>вашему логину не разрешено читать эту командную рабочую область: владелец может дать доступ командой okrdesk team add</translation>
    </message>
    <message>
        <source>your role on this team workspace does not allow changes; nothing was changed (ask the workspace&apos;s owner for the member role)</source>
        <translation>ваша роль в этой командной рабочей области не позволяет вносить изменения; ничего не изменено (попросите у владельца рабочей области роль участника)</translation>
    </message>
    <message>
        <source>the server offers no TLS, and okrdesk encrypts every connection to a server that is not on this computer; to connect unencrypted knowingly, add ?sslmode=disable to the address or choose no TLS in the Connect dialog</source>
        <translation>сервер не поддерживает TLS, а okrdesk шифрует каждое подключение к серверу не на этом компьютере; чтобы осознанно подключиться без шифрования, добавьте к адресу ?sslmode=disable или снимите флажок TLS в окне подключения</translation>
    </message>
    <message>
        <source>the server refused the user name or password</source>
        <translation>сервер отклонил имя пользователя или пароль</translation>
    </message>
    <message>
        <source>the server asks for a password</source>
        <translation>сервер запрашивает пароль</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Give the workspace a name.</source>
        <translation>Укажите название рабочей области.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>Название длиннее 200 символов.</translation>
    </message>
    <message>
        <source>Off track must be further behind pace than at risk.</source>
        <translation>Порог «не по плану» должен означать большее отставание от графика, чем «под угрозой».</translation>
    </message>
    <message>
        <source>Off track must be a lower confidence than at risk.</source>
        <translation>Порог «не по плану» должен быть ниже по уверенности, чем «под угрозой».</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Настройки рабочей области</translation>
    </message>
    <message>
        <source>{code} ({symbol})</source>
        <translation>{code} ({symbol})</translation>
    </message>
    <message>
        <source>(add people first)</source>
        <translation>(сначала добавьте людей)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Рабочая область</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>Нед&amp;еля начинается с:</translation>
    </message>
    <message>
        <source>&amp;Me on this computer:</source>
        <translation>&amp;Я на этом компьютере:</translation>
    </message>
    <message>
        <source>Check-ins, decisions and key-result changes made here are signed with it.</source>
        <translation>Этим именем подписываются чек-ины, решения и изменения ключевых результатов, сделанные здесь.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Я&amp;зык:</translation>
    </message>
    <message>
        <source>The language of okrdesk on this computer; it applies at the next start.</source>
        <translation>Язык okrdesk на этом компьютере; применяется при следующем запуске.</translation>
    </message>
    <message>
        <source>Status of key results</source>
        <translation>Статус ключевых результатов</translation>
    </message>
    <message>
        <source>Gaps are shares of the way from start to target: {gap} means {share} behind the pace that the cycle&apos;s elapsed days ask for. Confidence is the 0–10 of check-ins.</source>
        <translation>Отставание — доля пути от начального до целевого значения: {gap} означает отставание на {share} от графика, который задают прошедшие дни цикла. Уверенность — оценка 0–10 из чек-инов.</translation>
    </message>
    <message>
        <source>&amp;At risk when behind pace by more than:</source>
        <translation>&amp;Под угрозой при отставании от графика более чем на:</translation>
    </message>
    <message>
        <source>&amp;Off track when behind pace by more than:</source>
        <translation>Не по п&amp;лану при отставании от графика более чем на:</translation>
    </message>
    <message>
        <source>At risk at con&amp;fidence of at most:</source>
        <translation>Под угрозой при &amp;уверенности не выше:</translation>
    </message>
    <message>
        <source>Off track at confi&amp;dence of at most:</source>
        <translation>Не по плану при уверенно&amp;сти не выше:</translation>
    </message>
    <message>
        <source>Needs an &amp;update after:</source>
        <translation>Нужно о&amp;бновить через:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Con&amp;version window of a cohort:</source>
        <translation>&amp;Окно конверсии когорты:</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Системный ({language})</translation>
    </message>
</context>
<context>
    <name>SourceBreakdown</name>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Стоимость лида</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Bars show</source>
        <translation>Показывать</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
</context>
<context>
    <name>SourceBreakdownModel</name>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>{first} → {deal}</source>
        <translation>{first} → {deal}</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Стоимость лида</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Undefined: nothing to divide by</source>
        <translation>Не определено: делить не на что</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(без источника)</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Формы</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Неделей ранее</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(без источника)</translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message numerus="yes">
        <source>No check-in for %Ln day(s) (more than {limit}).</source>
        <translation>
            <numerusform>Нет чек-ина %Ln день (больше {limit}).</numerusform>
            <numerusform>Нет чек-ина %Ln дня (больше {limit}).</numerusform>
            <numerusform>Нет чек-ина %Ln дней (больше {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln objective(s) for this team in this cycle: more than 5 spreads it thin.</source>
        <translation>
            <numerusform>%Ln цель у этой команды в этом цикле: больше 5 распыляет силы.</numerusform>
            <numerusform>%Ln цели у этой команды в этом цикле: больше 5 распыляет силы.</numerusform>
            <numerusform>%Ln целей у этой команды в этом цикле: больше 5 распыляет силы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s): fewer than 2 cannot show the objective is met.</source>
        <translation>
            <numerusform>%Ln ключевой результат: меньше 2 не покажут, что цель достигнута.</numerusform>
            <numerusform>%Ln ключевых результата: меньше 2 не покажут, что цель достигнута.</numerusform>
            <numerusform>%Ln ключевых результатов: меньше 2 не покажут, что цель достигнута.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s): more than 5 — focus on the few that matter.</source>
        <translation>
            <numerusform>%Ln ключевой результат: больше 5 — сосредоточьтесь на главных.</numerusform>
            <numerusform>%Ln ключевых результата: больше 5 — сосредоточьтесь на главных.</numerusform>
            <numerusform>%Ln ключевых результатов: больше 5 — сосредоточьтесь на главных.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Прошлая неделя</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Неделей ранее</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Beyond noise?</source>
        <translation>Выше шума?</translation>
    </message>
    <message>
        <source>{start} → {end}</source>
        <translation>{start} → {end}</translation>
    </message>
    <message>
        <source>{to} of {of}</source>
        <translation>{to} из {of}</translation>
    </message>
    <message>
        <source>Yes, {p}</source>
        <translation>Да, {p}</translation>
    </message>
    <message>
        <source>No, {p}</source>
        <translation>Нет, {p}</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>The team server cannot be reached ({reason}), so the change was not made.</source>
        <translation>Командный сервер недоступен ({reason}), поэтому изменение не внесено.</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>the metric {metric} needs a from stage</source>
        <translation>метрике {metric} нужен начальный этап</translation>
    </message>
    <message>
        <source>the metric {metric} needs a to stage</source>
        <translation>метрике {metric} нужен конечный этап</translation>
    </message>
    <message>
        <source>the from stage must come before the to stage</source>
        <translation>начальный этап должен идти раньше конечного</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>{problem}; {more}</source>
        <translation>{problem}; {more}</translation>
    </message>
    <message>
        <source>arm {arm}, {field}: {reason}</source>
        <translation>группа {arm}, {field}: {reason}</translation>
    </message>
    <message>
        <source>no funnel named {name} in this workspace</source>
        <translation>в этой рабочей области нет воронки {name}</translation>
    </message>
    <message>
        <source>no funnel with id {id} in this workspace</source>
        <translation>в этой рабочей области нет воронки с ID {id}</translation>
    </message>
    <message>
        <source>{path}: the export is written as .csv or .xlsx, not {suffix}</source>
        <translation>{path}: выгрузка записывается в .csv или .xlsx, а не в {suffix}</translation>
    </message>
    <message>
        <source>{path}: the export is written as .csv or .xlsx, not no suffix</source>
        <translation>{path}: выгрузка записывается в .csv или .xlsx, а не в файл без расширения</translation>
    </message>
    <message>
        <source>{week}: the count {count} is not a whole number ≥ 0</source>
        <translation>{week}: количество {count} — не целое число ≥ 0</translation>
    </message>
    <message>
        <source>no import with id {id}</source>
        <translation>нет импорта с ID {id}</translation>
    </message>
    <message>
        <source>the import of {file} is undone already</source>
        <translation>импорт {file} уже отменён</translation>
    </message>
    <message>
        <source>a later import of the same weeks ({file}) must be undone first</source>
        <translation>сначала нужно отменить более поздний импорт тех же недель ({file})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln</source>
        <comment>a whole number, thousands grouped</comment>
        <translation>
            <numerusform>%Ln</numerusform>
            <numerusform>%Ln</numerusform>
            <numerusform>%Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” was deleted by someone else; nothing was undone.</source>
        <translation>Кто-то другой удалил «{title}»; ничего не отменено.</translation>
    </message>
    <message>
        <source>“{title}” was deleted by someone else; nothing was saved.</source>
        <translation>Кто-то другой удалил «{title}»; ничего не сохранено.</translation>
    </message>
    <message>
        <source>{name} changed “{title}” after you; undoing would overwrite that change, so nothing was undone.</source>
        <translation>{name}: изменения в «{title}» внесены после ваших; отмена перезаписала бы их, поэтому ничего не отменено.</translation>
    </message>
    <message>
        <source>Someone else changed “{title}” after you; undoing would overwrite that change, so nothing was undone.</source>
        <translation>Кто-то другой изменил «{title}» после вас; отмена перезаписала бы это изменение, поэтому ничего не отменено.</translation>
    </message>
    <message>
        <source>{name} changed “{title}” after you opened it; nothing was saved.</source>
        <translation>{name}: изменения в «{title}» внесены после того, как вы открыли запись; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Someone else changed “{title}” after you opened it; nothing was saved.</source>
        <translation>Кто-то другой изменил «{title}» после того, как вы открыли запись; ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>StretchText</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{title} ({score})</source>
        <translation>{title} ({score})</translation>
    </message>
    <message>
        <source>In the stretch sweet spot (0.6–0.7): {objectives}.</source>
        <translation>В зоне амбиций (0,6–0,7): {objectives}.</translation>
    </message>
    <message>
        <source>No objective in the stretch sweet spot (0.6–0.7).</source>
        <translation>Ни одной цели в зоне амбиций (0,6–0,7).</translation>
    </message>
    <message>
        <source>Sandbagged (1.0 reached by {date}, two thirds into the cycle): {objectives}.</source>
        <translation>Занижены (1,0 достигнуто к {date}, на двух третях цикла): {objectives}.</translation>
    </message>
</context>
<context>
    <name>SystemErrors</name>
    <message>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>the system does not permit it</source>
        <translation>система этого не позволяет</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>уже существует</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>дисковая квота исчерпана</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>часть пути не является папкой</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>слишком длинное имя</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>ошибка чтения или записи диска</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>открыто слишком много файлов</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>What is to be done that day</source>
        <translation>Что нужно сделать в этот день</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
</context>
<context>
    <name>TaskLine</name>
    <message>
        <source>Edit task…</source>
        <translation>Изменить задачу…</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Удалить задачу</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Эксперимент</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Day {day}, {date}</source>
        <translation>День {day}, {date}</translation>
    </message>
</context>
<context>
    <name>TeamDashboard</name>
    <message>
        <source>p &lt; {p}</source>
        <translation>p &lt; {p}</translation>
    </message>
    <message>
        <source>p = {p}</source>
        <translation>p = {p}</translation>
    </message>
    <message>
        <source>No funnel data for last week.</source>
        <translation>Нет данных воронки за прошлую неделю.</translation>
    </message>
    <message>
        <source>Micro-conversions per step</source>
        <translation>Микроконверсии по шагам</translation>
    </message>
    <message>
        <source>Micro-conversions per step, week of {week} against the week before</source>
        <translation>Микроконверсии по шагам, неделя с {week} против предыдущей</translation>
    </message>
    <message>
        <source>No funnel data by source for last week.</source>
        <translation>Нет данных воронки по источникам за прошлую неделю.</translation>
    </message>
    <message>
        <source>Form conversion by source</source>
        <translation>Конверсия в форму по источникам</translation>
    </message>
    <message>
        <source>{start} → {end} by source, week of {week}</source>
        <translation>{start} → {end} по источникам, неделя с {week}</translation>
    </message>
    <message>
        <source>This week&apos;s experiment tasks</source>
        <translation>Задачи эксперимента на этой неделе</translation>
    </message>
    <message>
        <source>Experiment tasks, week of {week}</source>
        <translation>Задачи эксперимента, неделя с {week}</translation>
    </message>
    <message>
        <source>No experiment runs this week.</source>
        <translation>На этой неделе эксперименты не идут.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln task(s) done</source>
        <translation>
            <numerusform>Выполнено {done} из %Ln задачи</numerusform>
            <numerusform>Выполнено {done} из %Ln задач</numerusform>
            <numerusform>Выполнено {done} из %Ln задач</numerusform>
        </translation>
    </message>
    <message>
        <source>Team dashboard</source>
        <translation>Сводка команды</translation>
    </message>
    <message>
        <source>No funnel data yet.</source>
        <translation>Данных воронки пока нет.</translation>
    </message>
    <message>
        <source>Team dashboard — {funnel}</source>
        <translation>Сводка команды — {funnel}</translation>
    </message>
    <message>
        <source>Funnel: the week of {week} against the week before; tasks: this week.</source>
        <translation>Воронка: неделя с {week} против предыдущей; задачи: эта неделя.</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>There is already a team called “{name}”.</source>
        <translation>Команда «{name}» уже есть.</translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <source>the team workspace cannot be set up ({detail}); nothing was changed</source>
        <translation>не удаётся настроить командную рабочую область ({detail}); ничего не изменено</translation>
    </message>
    <message>
        <source>role {role}: owns the tables and upgrades them ({state})</source>
        <translation>роль {role}: владеет таблицами и обновляет их ({state})</translation>
    </message>
    <message>
        <source>role {role}: reads and writes ({state})</source>
        <translation>роль {role}: чтение и запись ({state})</translation>
    </message>
    <message>
        <source>role {role}: reads only ({state})</source>
        <translation>роль {role}: только чтение ({state})</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создана</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>уже есть</translation>
    </message>
    <message>
        <source>another program&apos;s database (no okrdesk schema): left alone</source>
        <translation>база данных другой программы (нет схемы okrdesk): не тронута</translation>
    </message>
    <message>
        <source>made by a newer okrdesk (schema {revision}); update okrdesk first</source>
        <translation>создана более новой версией okrdesk (схема {revision}); сначала обновите okrdesk</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) handed to the owner role</source>
        <translation>
            <numerusform>%n таблица передана роли владельца</numerusform>
            <numerusform>%n таблицы переданы роли владельца</numerusform>
            <numerusform>%n таблиц передано роли владельца</numerusform>
        </translation>
    </message>
    <message>
        <source>workspace &quot;{name}&quot; created (schema {revision})</source>
        <translation>рабочая область «{name}» создана (схема {revision})</translation>
    </message>
    <message>
        <source>workspace upgraded from schema {old} to {new}</source>
        <translation>рабочая область обновлена со схемы {old} до {new}</translation>
    </message>
    <message>
        <source>workspace already at schema {revision}</source>
        <translation>рабочая область уже на схеме {revision}</translation>
    </message>
    <message numerus="yes">
        <source>member reads and writes, viewer reads: %n table(s), and the tables of later revisions</source>
        <translation>
            <numerusform>участник читает и пишет, наблюдатель читает: %n таблица, а также таблицы следующих версий</numerusform>
            <numerusform>участник читает и пишет, наблюдатель читает: %n таблицы, а также таблицы следующих версий</numerusform>
            <numerusform>участник читает и пишет, наблюдатель читает: %n таблиц, а также таблицы следующих версий</numerusform>
        </translation>
    </message>
    <message>
        <source>has no team roles yet: run okrdesk team init {address} first</source>
        <translation>командных ролей ещё нет: сначала выполните okrdesk team init {address}</translation>
    </message>
    <message>
        <source>login {user} created without a password: set one with psql&apos;s \password {user}</source>
        <translation>логин {user} создан без пароля: задайте его в psql командой \password {user}</translation>
    </message>
    <message>
        <source>{user} is now in role {role}</source>
        <translation>{user} теперь в роли {role}</translation>
    </message>
    <message>
        <source>{user} cannot be added ({detail})</source>
        <translation>не удаётся добавить {user} ({detail})</translation>
    </message>
</context>
<context>
    <name>TeamsModel</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New objective from template</source>
        <translation>Новая цель из шаблона</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Все команды</translation>
    </message>
    <message>
        <source>Any business</source>
        <translation>Любой бизнес</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Без команды</translation>
    </message>
    <message>
        <source>Nobody yet: type a name</source>
        <translation>Пока никого: введите имя</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>Цикл:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Owns the objective and its three key results</source>
        <translation>Отвечает за цель и три её ключевых результата</translation>
    </message>
    <message>
        <source>&amp;Create objective</source>
        <translation>&amp;Создать цель</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Ключевые результаты</translation>
    </message>
    <message>
        <source>Choose a template to see its key results.</source>
        <translation>Выберите шаблон, чтобы увидеть его ключевые результаты.</translation>
    </message>
    <message>
        <source>{team} · {flavour}</source>
        <translation>{team} · {flavour}</translation>
    </message>
    <message>
        <source>Increase from {start} to {target}</source>
        <translation>Увеличить с {start} до {target}</translation>
    </message>
    <message>
        <source>Decrease from {start} to {target}</source>
        <translation>Уменьшить с {start} до {target}</translation>
    </message>
    <message>
        <source>Stay at or above {target} (now {start})</source>
        <translation>Держать на уровне {target} или выше (сейчас {start})</translation>
    </message>
    <message>
        <source>Stay at or below {target} (now {start})</source>
        <translation>Держать на уровне {target} или ниже (сейчас {start})</translation>
    </message>
    <message>
        <source>Done or not done</source>
        <translation>Выполнено или нет</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Make the first week with our product a delight</source>
        <translation>Сделать первую неделю с нашим продуктом приятной</translation>
    </message>
    <message>
        <source>New accounts that see value in their first days stay; the rest quietly leave.</source>
        <translation>Новые клиенты, увидевшие пользу в первые дни, остаются; остальные тихо уходят.</translation>
    </message>
    <message>
        <source>Raise 30-day retention of new accounts from 45% to 60%</source>
        <translation>Поднять удержание новых клиентов на 30-й день с 45% до 60%</translation>
    </message>
    <message>
        <source>Cut median time to first value from 7 days to 3 days</source>
        <translation>Сократить медианное время до первой пользы с 7 до 3 дней</translation>
    </message>
    <message>
        <source>days</source>
        <comment>unit label</comment>
        <translation>дн.</translation>
    </message>
    <message>
        <source>Ship the guided setup checklist to every new workspace</source>
        <translation>Внедрить пошаговый чек-лист настройки в каждое новое рабочее пространство</translation>
    </message>
    <message>
        <source>Give customers a reason to grow with us</source>
        <translation>Дать клиентам повод расти вместе с нами</translation>
    </message>
    <message>
        <source>Expansion revenue from happy customers costs far less than a new logo.</source>
        <translation>Доп. выручка от довольных клиентов обходится гораздо дешевле нового клиента.</translation>
    </message>
    <message>
        <source>Launch usage-based pricing as a beta for existing customers</source>
        <translation>Запустить бета-версию тарифов по потреблению для текущих клиентов</translation>
    </message>
    <message>
        <source>Grow weekly active users from 1,200 to 1,600</source>
        <translation>Увеличить число активных пользователей в неделю с 1 200 до 1 600</translation>
    </message>
    <message>
        <source>Lift monthly expansion revenue from €8,000 to €14,000</source>
        <translation>Поднять ежемесячную доп. выручку с 8 000 € до 14 000 €</translation>
    </message>
    <message>
        <source>Bake a seasonal range our regulars queue for</source>
        <translation>Испечь сезонную линейку, за которой постоянные гости встают в очередь</translation>
    </message>
    <message>
        <source>A few loved seasonal items bring people back more often than a long menu.</source>
        <translation>Несколько любимых сезонных позиций возвращают людей чаще, чем длинное меню.</translation>
    </message>
    <message>
        <source>Grow seasonal items on the counter from 1 to 4</source>
        <translation>Увеличить число сезонных позиций на витрине с 1 до 4</translation>
    </message>
    <message>
        <source>Cut unsold bread thrown away from 12% to 5% of the daily bake</source>
        <translation>Сократить долю непроданного и выброшенного хлеба с 12% до 5% дневной выпечки</translation>
    </message>
    <message>
        <source>Keep the average Google review above 4.5 stars</source>
        <translation>Держать средний рейтинг отзывов в Google выше 4,5 звезды</translation>
    </message>
    <message>
        <source>Ship releases our customers can trust</source>
        <translation>Выпускать релизы, которым доверяют клиенты</translation>
    </message>
    <message>
        <source>Every bug a customer finds costs us trust and a day of someone&apos;s focus.</source>
        <translation>Каждая ошибка, найденная клиентом, стоит нам доверия и дня чьей-то сосредоточенной работы.</translation>
    </message>
    <message>
        <source>Cut new bug reports from 72 to 60 per month</source>
        <translation>Сократить число новых сообщений об ошибках с 72 до 60 в месяц</translation>
    </message>
    <message>
        <source>Raise the crash-free session rate from 96% to 99%</source>
        <translation>Поднять долю сессий без сбоев с 96% до 99%</translation>
    </message>
    <message>
        <source>Raise automated test coverage from 35% to 50%</source>
        <translation>Поднять покрытие автотестами с 35% до 50%</translation>
    </message>
    <message>
        <source>Keep the product fast and always up</source>
        <translation>Сохранить продукт быстрым и всегда доступным</translation>
    </message>
    <message>
        <source>Speed is a feature; downtime in a customer&apos;s busiest hour is a lost renewal.</source>
        <translation>Скорость — это функция; простой в самый загруженный час клиента — это непродлённая подписка.</translation>
    </message>
    <message>
        <source>Keep monthly uptime above 99.5%</source>
        <translation>Держать доступность за месяц выше 99,5%</translation>
    </message>
    <message>
        <source>Cut p95 dashboard load time from 2,400 ms to 1,200 ms</source>
        <translation>Сократить время загрузки дашборда (p95) с 2 400 мс до 1 200 мс</translation>
    </message>
    <message>
        <source>Keep the monthly cloud bill below €18,000</source>
        <translation>Держать ежемесячный счёт за облако ниже 18 000 €</translation>
    </message>
    <message>
        <source>Make our online shop quick and dependable</source>
        <translation>Сделать наш интернет-магазин быстрым и надёжным</translation>
    </message>
    <message>
        <source>Most of our orders come from phones, and a slow checkout is an empty basket.</source>
        <translation>Большинство заказов приходит с телефонов, а медленное оформление — это пустая корзина.</translation>
    </message>
    <message>
        <source>Cut mobile page load time from 5.2 s to 2.5 s</source>
        <translation>Сократить время загрузки мобильных страниц с 5,2 с до 2,5 с</translation>
    </message>
    <message>
        <source>Keep failed checkouts below 1% of orders</source>
        <translation>Держать долю неудачных оформлений заказа ниже 1%</translation>
    </message>
    <message>
        <source>Move the shop to automatic daily backups with a tested restore</source>
        <translation>Перевести магазин на автоматическое ежедневное резервное копирование с проверенным восстановлением</translation>
    </message>
    <message>
        <source>Send sales leads they are glad to call</source>
        <translation>Передавать продажам лиды, которым они рады позвонить</translation>
    </message>
    <message>
        <source>Clicks are cheap; qualified conversations are what the pipeline runs on.</source>
        <translation>Клики дешёвые; воронка продаж держится на квалифицированных разговорах.</translation>
    </message>
    <message>
        <source>Cut unqualified leads handed to sales from 40% to 25%</source>
        <translation>Сократить долю неквалифицированных лидов, переданных продажам, с 40% до 25%</translation>
    </message>
    <message>
        <source>Lift MQL-to-SQL conversion from 12% to 20%</source>
        <translation>Поднять конверсию MQL в SQL с 12% до 20%</translation>
    </message>
    <message>
        <source>Keep paid cost per lead below €95</source>
        <translation>Держать стоимость платного лида ниже 95 €</translation>
    </message>
    <message>
        <source>Become the name people hear first in our niche</source>
        <translation>Стать именем, которое в нашей нише слышат первым</translation>
    </message>
    <message>
        <source>Buyers shortlist the tools they already know before they ever talk to sales.</source>
        <translation>Покупатели составляют шорт-лист из знакомых инструментов ещё до разговора с продажами.</translation>
    </message>
    <message>
        <source>Grow organic website visits from 18,000 to 24,000 per month</source>
        <translation>Увеличить органический трафик сайта с 18 000 до 24 000 визитов в месяц</translation>
    </message>
    <message>
        <source>Raise the newsletter open rate from 25% to 35%</source>
        <translation>Поднять открываемость рассылки с 25% до 35%</translation>
    </message>
    <message>
        <source>Grow published customer case studies from 0 to 3</source>
        <translation>Увеличить число опубликованных кейсов клиентов с 0 до 3</translation>
    </message>
    <message>
        <source>Make our café the neighbourhood&apos;s favourite morning stop</source>
        <translation>Сделать наше кафе любимым утренним местом района</translation>
    </message>
    <message>
        <source>People walk past every day; we want them to stop, and to come back tomorrow.</source>
        <translation>Люди проходят мимо каждый день; мы хотим, чтобы они заходили и возвращались завтра.</translation>
    </message>
    <message>
        <source>Grow Instagram followers from 1,800 to 3,000</source>
        <translation>Увеличить число подписчиков в Instagram с 1 800 до 3 000</translation>
    </message>
    <message>
        <source>Raise weekday morning visitors from 140 to 190 a day</source>
        <translation>Увеличить число утренних гостей в будни со 140 до 190 в день</translation>
    </message>
    <message>
        <source>Keep local advertising spend below €600 a month</source>
        <translation>Держать расходы на местную рекламу ниже 600 € в месяц</translation>
    </message>
    <message>
        <source>Win more of the deals we work, and win them sooner</source>
        <translation>Выигрывать больше сделок в работе — и быстрее</translation>
    </message>
    <message>
        <source>We lose most deals through slow follow-up, not on price.</source>
        <translation>Большинство сделок мы теряем из-за медленной реакции, а не из-за цены.</translation>
    </message>
    <message>
        <source>Raise the win rate from 18% to 25%</source>
        <translation>Поднять долю выигранных сделок с 18% до 25%</translation>
    </message>
    <message>
        <source>Shorten the average sales cycle from 42 to 30 days</source>
        <translation>Сократить средний цикл продажи с 42 до 30 дней</translation>
    </message>
    <message>
        <source>Raise closed deals with a win/loss review from 20% to 100%</source>
        <translation>Поднять долю закрытых сделок с разбором причин выигрыша/проигрыша с 20% до 100%</translation>
    </message>
    <message>
        <source>Build an outbound engine we can repeat every quarter</source>
        <translation>Построить систему исходящих продаж, которую можно повторять каждый квартал</translation>
    </message>
    <message>
        <source>Inbound alone will not carry next year&apos;s number.</source>
        <translation>Одни входящие заявки не обеспечат план следующего года.</translation>
    </message>
    <message>
        <source>Grow outbound-sourced qualified leads from 10 to 50 a quarter</source>
        <translation>Увеличить число квалифицированных лидов из исходящих продаж с 10 до 50 за квартал</translation>
    </message>
    <message>
        <source>Lift the reply rate of outbound sequences from 4% to 10%</source>
        <translation>Поднять долю ответов на исходящие цепочки писем с 4% до 10%</translation>
    </message>
    <message>
        <source>Grow new contract value from €60,000 to €90,000 a quarter</source>
        <translation>Увеличить сумму новых контрактов с 60 000 € до 90 000 € за квартал</translation>
    </message>
    <message>
        <source>Fill the agency&apos;s calendar with clients we love working with</source>
        <translation>Заполнить календарь агентства клиентами, с которыми нам нравится работать</translation>
    </message>
    <message>
        <source>Steady retainers let us say no to projects that are a bad fit.</source>
        <translation>Стабильные абонентские договоры позволяют отказываться от неподходящих проектов.</translation>
    </message>
    <message>
        <source>Grow monthly retainer revenue from €12,000 to €18,000</source>
        <translation>Увеличить ежемесячную абонентскую выручку с 12 000 € до 18 000 €</translation>
    </message>
    <message>
        <source>Raise the proposal win rate from 30% to 45%</source>
        <translation>Поднять долю выигранных коммерческих предложений с 30% до 45%</translation>
    </message>
    <message>
        <source>Cut the reply time to new enquiries from 24 to 4 hours</source>
        <translation>Сократить время ответа на новые запросы с 24 до 4 часов</translation>
    </message>
    <message>
        <source>hours</source>
        <comment>unit label</comment>
        <translation>ч</translation>
    </message>
    <message>
        <source>Turn one-off shoppers into regulars</source>
        <translation>Превратить разовых покупателей в постоянных</translation>
    </message>
    <message>
        <source>A regular spends more per visit and tells friends about us.</source>
        <translation>Постоянный покупатель тратит больше за визит и рассказывает о нас друзьям.</translation>
    </message>
    <message>
        <source>Raise the average basket from €18 to €23</source>
        <translation>Поднять средний чек с 18 € до 23 €</translation>
    </message>
    <message>
        <source>Grow loyalty-card members from 250 to 600</source>
        <translation>Увеличить число участников программы лояльности с 250 до 600</translation>
    </message>
    <message>
        <source>Keep returns and refunds below 3% of sales</source>
        <translation>Держать возвраты ниже 3% продаж</translation>
    </message>
    <message>
        <source>Make customers feel looked after, every time they ask</source>
        <translation>Заботиться о клиентах при каждом их обращении</translation>
    </message>
    <message>
        <source>How fast and how well we answer decides whether they renew.</source>
        <translation>От того, как быстро и хорошо мы отвечаем, зависит, продлят ли они договор.</translation>
    </message>
    <message>
        <source>Raise customer satisfaction (CSAT) from 84% to 90%</source>
        <translation>Поднять удовлетворённость клиентов (CSAT) с 84% до 90%</translation>
    </message>
    <message>
        <source>Raise the Net Promoter Score from 48 to 65</source>
        <translation>Поднять индекс NPS с 48 до 65</translation>
    </message>
    <message>
        <source>Cut median first-response time from 9 h to 2 h</source>
        <translation>Сократить медианное время первого ответа с 9 ч до 2 ч</translation>
    </message>
    <message>
        <source>h</source>
        <comment>unit label</comment>
        <translation>ч</translation>
    </message>
    <message>
        <source>Stop losing customers after their first three months</source>
        <translation>Перестать терять клиентов после первых трёх месяцев</translation>
    </message>
    <message>
        <source>Customers who leave in month three never saw the value they bought.</source>
        <translation>Клиенты, уходящие на третьем месяце, так и не увидели ценности, за которую заплатили.</translation>
    </message>
    <message>
        <source>Cut monthly logo churn from 5% to 3%</source>
        <translation>Сократить ежемесячный отток клиентов с 5% до 3%</translation>
    </message>
    <message>
        <source>Raise top accounts with a quarterly review from 35% to 80%</source>
        <translation>Поднять долю ключевых клиентов с квартальным обзором с 35% до 80%</translation>
    </message>
    <message>
        <source>Keep gross revenue retention above 90%</source>
        <translation>Держать удержание валовой выручки (GRR) выше 90%</translation>
    </message>
    <message>
        <source>Make every customer want to come back and bring a friend</source>
        <translation>Добиться, чтобы каждый клиент хотел вернуться и привести друга</translation>
    </message>
    <message>
        <source>Word of mouth is our cheapest and most trusted advertising.</source>
        <translation>Сарафанное радио — наша самая дешёвая и самая надёжная реклама.</translation>
    </message>
    <message>
        <source>Raise customers returning within 60 days from 35% to 50%</source>
        <translation>Поднять долю клиентов, вернувшихся в течение 60 дней, с 35% до 50%</translation>
    </message>
    <message>
        <source>Cut complaints about late or wrong orders from 15 to 5 a month</source>
        <translation>Сократить жалобы на опоздавшие или неверные заказы с 15 до 5 в месяц</translation>
    </message>
    <message>
        <source>Start a referral card that rewards both the regular and the friend</source>
        <translation>Запустить реферальную карту с наградой и постоянному клиенту, и его другу</translation>
    </message>
</context>
<context>
    <name>WeekBoard</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Предыдущая неделя</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>&amp;Следующая неделя ▶</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Эта неделя</translation>
    </message>
    <message>
        <source>Click to show that week; drop an experiment to move it.</source>
        <translation>Щёлкните, чтобы показать эту неделю; перетащите сюда эксперимент, чтобы перенести его.</translation>
    </message>
    <message>
        <source>Week {week}: {first} – {last}</source>
        <translation>Неделя {week}: {first} – {last}</translation>
    </message>
    <message>
        <source>Day {number}
{weekday} {date}</source>
        <translation>День {number}
{weekday} {date}</translation>
    </message>
    <message>
        <source>No experiment this week. Plan an idea from the backlog for this week, or move one here: in its own week, drag its card onto “Previous week” or “Next week”.</source>
        <translation>На этой неделе нет эксперимента. Запланируйте на неё идею из бэклога или перенесите сюда эксперимент: на его неделе перетащите карточку на «Предыдущая неделя» или «Следующая неделя».</translation>
    </message>
    <message>
        <source>{codes} change the same step ({step}) this week: test one variable at a time, or the results cannot say which change did it.</source>
        <translation>{codes} меняют один и тот же шаг ({step}) на этой неделе: проверяйте одну переменную за раз, иначе по результатам не понять, какое изменение сработало.</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Изменить задачу</translation>
    </message>
    <message>
        <source>New task on Day {day}</source>
        <translation>Новая задача на день {day}</translation>
    </message>
</context>
<context>
    <name>Weeks</name>
    <message>
        <source>week {text} is not written like 2026-W47</source>
        <translation>неделя {text} записана не в виде 2026-W47</translation>
    </message>
    <message>
        <source>week {text} does not exist: {year} has no week {number}</source>
        <translation>недели {text} нет: в {year} году нет недели {number}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to okrdesk</source>
        <translation>Добро пожаловать в okrdesk</translation>
    </message>
    <message>
        <source>Objectives and key results with weekly check-ins, one growth experiment a week, and your sales funnel week by week — all in one file on this computer.</source>
        <translation>Цели и ключевые результаты с еженедельными чек-инами, один эксперимент роста в неделю и ваша воронка продаж по неделям — всё в одном файле на этом компьютере.</translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation>Открыть демо</translation>
    </message>
    <message>
        <source>Explore a realistic quarter of a small B2B team.</source>
        <translation>Посмотрите реалистичный квартал небольшой B2B-команды.</translation>
    </message>
    <message>
        <source>Start a new cycle</source>
        <translation>Начать новый цикл</translation>
    </message>
    <message>
        <source>Set up this quarter and write your first objectives.</source>
        <translation>Настройте этот квартал и запишите первые цели.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <source>Open a workspace you or a colleague saved before.</source>
        <translation>Откройте рабочую область, сохранённую вами или коллегой.</translation>
    </message>
    <message>
        <source>Connect to team workspace…</source>
        <translation>Подключиться к командной рабочей области…</translation>
    </message>
    <message>
        <source>Work with your team in a workspace on a PostgreSQL server.</source>
        <translation>Работайте вместе с командой в рабочей области на сервере PostgreSQL.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Недавние рабочие области</translation>
    </message>
    <message>
        <source>{database} on {server} (team workspace, {user})</source>
        <translation>{database} на {server} (командная рабочая область, {user})</translation>
    </message>
    <message>
        <source>{name} in {folder}</source>
        <translation>{name} в {folder}</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>по плану</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Не по плану</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>не по плану</translation>
    </message>
    <message>
        <source>Needs update</source>
        <translation>Нужно обновить</translation>
    </message>
    <message>
        <source>needs update</source>
        <translation>нужно обновить</translation>
    </message>
    <message>
        <source>Scaled</source>
        <translation>Масштабирован</translation>
    </message>
    <message>
        <source>scaled</source>
        <translation>масштабирован</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Откачен</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>откачен</translation>
    </message>
    <message>
        <source>Iterate</source>
        <translation>Доработать</translation>
    </message>
    <message>
        <source>iterate</source>
        <translation>доработать</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Без результата</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>без результата</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>идея</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>analysing</source>
        <translation>анализ</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решён</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>решён</translation>
    </message>
    <message>
        <source>Variant wins</source>
        <translation>Вариант выигрывает</translation>
    </message>
    <message>
        <source>the variant wins</source>
        <translation>вариант выигрывает</translation>
    </message>
    <message>
        <source>Variant loses</source>
        <translation>Вариант проигрывает</translation>
    </message>
    <message>
        <source>the variant loses</source>
        <translation>вариант проигрывает</translation>
    </message>
    <message>
        <source>Leading, not conclusive</source>
        <translation>Впереди, не окончательно</translation>
    </message>
    <message>
        <source>the variant is leading, not conclusive</source>
        <translation>вариант впереди, но это ещё не окончательно</translation>
    </message>
    <message>
        <source>Trailing, not conclusive</source>
        <translation>Позади, не окончательно</translation>
    </message>
    <message>
        <source>the variant is trailing, not conclusive</source>
        <translation>вариант позади, но это ещё не окончательно</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>Разницы нет</translation>
    </message>
    <message>
        <source>no difference beyond noise</source>
        <translation>разницы сверх шума нет</translation>
    </message>
    <message>
        <source>Not enough data yet</source>
        <translation>Пока мало данных</translation>
    </message>
    <message>
        <source>not enough data yet</source>
        <translation>данных пока недостаточно</translation>
    </message>
    <message>
        <source>Split off plan</source>
        <translation>Перекос групп</translation>
    </message>
    <message>
        <source>the split is off plan (sample ratio mismatch)</source>
        <translation>группы распределены не по плану (sample ratio mismatch)</translation>
    </message>
</context>
<context>
    <name>WorkspaceErrors</name>
    <message>
        <source>a file with this name already exists; nothing was changed</source>
        <translation>файл с таким именем уже существует; ничего не изменено</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>is in use by another program; try again</source>
        <translation>используется другой программой; попробуйте ещё раз</translation>
    </message>
    <message numerus="yes">
        <source>the copy differs from the source in %n table(s) ({tables}); nothing was written</source>
        <translation>
            <numerusform>копия отличается от источника в %n таблице ({tables}); ничего не записано</numerusform>
            <numerusform>копия отличается от источника в %n таблицах ({tables}); ничего не записано</numerusform>
            <numerusform>копия отличается от источника в %n таблицах ({tables}); ничего не записано</numerusform>
        </translation>
    </message>
    <message>
        <source>the database cannot be read ({detail})</source>
        <translation>базу данных не удаётся прочитать ({detail})</translation>
    </message>
    <message>
        <source>already holds tables ({tables}); copy into an empty database</source>
        <translation>уже содержит таблицы ({tables}); копируйте в пустую базу данных</translation>
    </message>
    <message>
        <source>holds okrdesk&apos;s tables of schema {found}, newer than the source&apos;s {revision}; open the source in this okrdesk once to upgrade it, then copy again</source>
        <translation>содержит таблицы okrdesk схемы {found}, более новой, чем {revision} у источника; откройте источник один раз в этой версии okrdesk, чтобы обновить его, и скопируйте снова</translation>
    </message>
    <message numerus="yes">
        <source>already holds %n row(s) ({tables}); copy into an empty database</source>
        <translation>
            <numerusform>уже содержит %n строку ({tables}); копируйте в пустую базу данных</numerusform>
            <numerusform>уже содержит %n строки ({tables}); копируйте в пустую базу данных</numerusform>
            <numerusform>уже содержит %n строк ({tables}); копируйте в пустую базу данных</numerusform>
        </translation>
    </message>
    <message>
        <source>the copy failed ({detail}); nothing was written</source>
        <translation>копирование не удалось ({detail}); ничего не записано</translation>
    </message>
    <message numerus="yes">
        <source>%n broken reference(s)</source>
        <translation>
            <numerusform>%n битая ссылка</numerusform>
            <numerusform>%n битые ссылки</numerusform>
            <numerusform>%n битых ссылок</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>не читается ({detail})</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>not an okrdesk workspace (the file is not a SQLite database)</source>
        <translation>не рабочая область okrdesk (файл не является базой SQLite)</translation>
    </message>
    <message>
        <source>the file is truncated (incomplete header)</source>
        <translation>файл обрезан (неполный заголовок)</translation>
    </message>
    <message>
        <source>written in a SQLite file format okrdesk cannot write (versions {write} and {read}; okrdesk writes 1 and 2)</source>
        <translation>записан в формате SQLite, который okrdesk не умеет записывать (версии {write} и {read}; okrdesk записывает 1 и 2)</translation>
    </message>
    <message numerus="yes">
        <source>the file is truncated (%n byte(s), the database needs {needed})</source>
        <translation>
            <numerusform>файл обрезан (%n байт, а базе нужно {needed})</numerusform>
            <numerusform>файл обрезан (%n байта, а базе нужно {needed})</numerusform>
            <numerusform>файл обрезан (%n байт, а базе нужно {needed})</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace has no schema version</source>
        <translation>у рабочей области нет версии схемы</translation>
    </message>
    <message>
        <source>its schema was changed outside okrdesk: {difference}</source>
        <translation>его схема изменена вне okrdesk: {difference}</translation>
    </message>
    <message>
        <source>its last changes are still in its -wal file, which can only be read in a folder okrdesk may write to; copy both files to such a folder</source>
        <translation>последние изменения ещё в его файле -wal, а его можно прочитать только в папке, куда okrdesk может писать; скопируйте оба файла в такую папку</translation>
    </message>
    <message>
        <source>a SQLite database, but not an okrdesk workspace</source>
        <translation>база SQLite, но не рабочая область okrdesk</translation>
    </message>
    <message>
        <source>the database is damaged ({detail})</source>
        <translation>база данных повреждена ({detail})</translation>
    </message>
    <message>
        <source>made by a newer okrdesk (schema {revision}); update okrdesk to open it</source>
        <translation>создан более новой версией okrdesk (схема {revision}); обновите okrdesk, чтобы открыть его</translation>
    </message>
    <message>
        <source>cannot write the backup beside it before upgrading ({detail}); nothing was changed</source>
        <translation>не удаётся записать резервную копию рядом с ним перед обновлением ({detail}); ничего не изменено</translation>
    </message>
    <message numerus="yes">
        <source>migration broke %n reference(s)</source>
        <translation>
            <numerusform>миграция нарушила %n ссылку</numerusform>
            <numerusform>миграция нарушила %n ссылки</numerusform>
            <numerusform>миграция нарушила %n ссылок</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be upgraded ({detail}); it was left as it was</source>
        <translation>не удалось обновить ({detail}); оставлен как был</translation>
    </message>
    <message>
        <source>could not be upgraded ({detail}) and could not be restored ({restore_detail}); the backup is {backup}</source>
        <translation>не удалось обновить ({detail}) и не удалось восстановить ({restore_detail}); резервная копия: {backup}</translation>
    </message>
    <message>
        <source>could not be upgraded ({detail}); it was restored from {backup}</source>
        <translation>не удалось обновить ({detail}); восстановлен из {backup}</translation>
    </message>
    <message>
        <source>is read-only (the file or its folder cannot be written); nothing was changed</source>
        <translation>только для чтения (файл или его папка недоступны для записи); ничего не изменено</translation>
    </message>
    <message>
        <source>is read-only and was made by an older okrdesk (schema {revision}); copy it to a folder you can write to, to upgrade it</source>
        <translation>только для чтения и создан старой версией okrdesk (схема {revision}); скопируйте его в папку с правом записи, чтобы обновить</translation>
    </message>
    <message>
        <source>a file with this name already exists</source>
        <translation>файл с таким именем уже существует</translation>
    </message>
    <message>
        <source>cannot be created ({detail})</source>
        <translation>не удаётся создать ({detail})</translation>
    </message>
    <message>
        <source>a password in the address is refused: put it in PGPASSWORD or ~/.pgpass</source>
        <translation>пароль в адресе не принимается: укажите его в PGPASSWORD или ~/.pgpass</translation>
    </message>
    <message>
        <source>is not a server address ({detail})</source>
        <translation>это не адрес сервера ({detail})</translation>
    </message>
    <message>
        <source>names no database: write postgresql://user@host[:port]/database</source>
        <translation>не указана база данных: пишите postgresql://пользователь@хост[:порт]/база</translation>
    </message>
    <message>
        <source>the server cannot be reached ({detail})</source>
        <translation>сервер недоступен ({detail})</translation>
    </message>
    <message>
        <source>another program&apos;s database (no okrdesk schema)</source>
        <translation>база данных другой программы (нет схемы okrdesk)</translation>
    </message>
    <message>
        <source>holds no okrdesk workspace yet (the database is empty)</source>
        <translation>рабочей области okrdesk в ней ещё нет (база данных пуста)</translation>
    </message>
    <message>
        <source>the workspace has no table &quot;{table}&quot;</source>
        <translation>в рабочей области нет таблицы «{table}»</translation>
    </message>
    <message>
        <source>was made by an older okrdesk (schema {revision}) and cannot be upgraded read-only</source>
        <translation>создана более старой версией okrdesk (схема {revision}), и в режиме только для чтения её нельзя обновить</translation>
    </message>
    <message>
        <source>the database already holds tables</source>
        <translation>в базе данных уже есть таблицы</translation>
    </message>
    <message>
        <source>its tables were changed outside okrdesk, so it is not opened ({difference})</source>
        <translation>её таблицы изменены не через okrdesk, поэтому она не открыта ({difference})</translation>
    </message>
    <message>
        <source>table &quot;{table}&quot;, column &quot;{column}&quot;: {kind}</source>
        <translation>таблица «{table}», столбец «{column}»: {kind}</translation>
    </message>
    <message>
        <source>table &quot;{table}&quot;: {kind} {name}</source>
        <translation>таблица «{table}»: {kind} {name}</translation>
    </message>
    <message>
        <source>missing table</source>
        <translation>нет таблицы</translation>
    </message>
    <message>
        <source>missing column</source>
        <translation>нет столбца</translation>
    </message>
    <message>
        <source>extra column</source>
        <translation>лишний столбец</translation>
    </message>
    <message>
        <source>missing index</source>
        <translation>нет индекса</translation>
    </message>
    <message>
        <source>extra index</source>
        <translation>лишний индекс</translation>
    </message>
    <message>
        <source>missing constraint</source>
        <translation>нет ограничения</translation>
    </message>
    <message>
        <source>extra constraint</source>
        <translation>лишнее ограничение</translation>
    </message>
    <message>
        <source>missing foreign key</source>
        <translation>нет внешнего ключа</translation>
    </message>
    <message>
        <source>extra foreign key</source>
        <translation>лишний внешний ключ</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>другой тип</translation>
    </message>
    <message>
        <source>another nullability</source>
        <translation>другая допустимость NULL</translation>
    </message>
    <message>
        <source>another default</source>
        <translation>другое значение по умолчанию</translation>
    </message>
    <message>
        <source>another comment</source>
        <translation>другой комментарий</translation>
    </message>
    <message>
        <source>table &quot;{table}&quot;: CHECK constraint {name} differs</source>
        <translation>таблица «{table}»: отличается ограничение CHECK {name}</translation>
    </message>
    <message>
        <source>table &quot;{table}&quot;: a trigger {name} okrdesk did not make</source>
        <translation>таблица «{table}»: триггер {name}, созданный не okrdesk</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>{file} is not an okrdesk workspace: it is not a database.</source>
        <translation>{file} — не рабочая область okrdesk: это не база данных.</translation>
    </message>
    <message>
        <source>{file} is another program&apos;s database, not an okrdesk workspace.</source>
        <translation>{file} — база данных другой программы, а не рабочая область okrdesk.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of okrdesk. Update okrdesk to open it.</source>
        <translation>{file} создан более новой версией okrdesk. Обновите okrdesk, чтобы открыть его.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be opened ({reason}). Open a backup copy of it.</source>
        <translation>{file} повреждён и не может быть открыт ({reason}). Откройте его резервную копию.</translation>
    </message>
    <message>
        <source>{file} was changed outside okrdesk, so it is not opened: okrdesk runs no SQL that a file brings with it ({reason}).</source>
        <translation>{file} изменён вне okrdesk, поэтому не открыт: okrdesk не выполняет SQL, который приносит с собой файл ({reason}).</translation>
    </message>
    <message>
        <source>{file} could not be upgraded to this version of okrdesk: {reason}</source>
        <translation>Не удалось обновить {file} до этой версии okrdesk: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {reason}</source>
        <translation>Не удаётся открыть {file}: {reason}</translation>
    </message>
    <message>
        <source>okrdesk workspaces (*.okrdesk);;All files (*)</source>
        <translation>Рабочие области okrdesk (*.okrdesk);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Открытие {name}…</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Не удаётся открыть рабочую область</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Не удаётся создать рабочую область</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Открыть рабочую область</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Новая рабочая область</translation>
    </message>
    <message>
        <source>It is open now.</source>
        <translation>Она сейчас открыта.</translation>
    </message>
</context>
</TS>
