## The guide itself, faithful to shared/source/guide-en-GB.txt.
## Do not rewrite the advice. Service names ({ -revenge-porn-helpline } etc.) and numbers
## ({ $emergency } etc.) are filled in by leafpress from content/: keep them exactly as they are,
## never type a name, number or web address yourself.
## A message's `.lead` attribute is printed in bold before its text.

# Cover title. "…" is one character (U+2026). The subtitle completes the sentence.
guide-title = Qué hacer si…
guide-subtitle = descubres que alguien ha guardado fotos íntimas que le enviaste confiando en que serían privadas

## Short answer

short-answer-heading = Respuesta breve
short-answer-body = Haz una pausa y céntrate en la seguridad: no negocies, no amenaces ni envíes nada más. Guarda un registro mínimo (sin volver a compartir las imágenes) y busca apoyo especializado para reducir el riesgo de que se compartan las fotos.
# Version for editions addressed to under-18s (school): a child must never be told to view,
# save or copy the image itself, not even to show an adult (UKCIS advice, March 2024). It is
# the only advice on the school wallet card (85 × 55 mm): keep it short and unambiguous.
short-answer-body-child = Haz una pausa y céntrate en la seguridad: no negocies, no amenaces ni envíes nada más. No mires, guardes, copies ni compartas las imágenes, ni siquiera para enseñárselas a un adulto. En vez de eso, cuéntaselo a un adulto de confianza y busca apoyo especializado para reducir el riesgo de que se compartan las fotos.

## Do not do these things

do-not-heading = No hagas estas cosas
do-not-send-more = No envíes más imágenes, «pruebas» ni más datos personales para intentar solucionarlo.
do-not-agree-demands = No aceptes sus exigencias (dinero, más imágenes, quedar en persona): esto a menudo agrava la situación.
do-not-threaten = No amenaces a esa persona públicamente ni empieces una discusión en público; puede hacer que todo se difunda más rápido y sea más difícil de eliminar.
do-not-reread = No sigas releyendo los mensajes que te angustian: haz las capturas de pantalla clave que necesites y después archiva, silencia u oculta el chat para no tener que verlo.
# Under-18 version: no screenshots (they may capture the image); the adult helping them reports.
do-not-reread-child = No sigas releyendo los mensajes que te angustian: cuéntaselo a un adulto de confianza y después archiva, silencia u oculta el chat para no tener que verlo.
do-not-meet-alone = No quedes a solas con esa persona para «arreglarlo» si sientes cualquier intimidación, coacción o riesgo para tu seguridad.

## What to do now

do-now-heading = Qué hacer ahora
do-now-pause = Si esa persona está cerca o no te sientes a salvo, corta el contacto por ahora y ve a un lugar donde te sientas físicamente a salvo.
    .lead = Haz una pausa con más calma y seguridad.
do-now-stop-flow = Da por hecho que todo lo que envíes puede guardarse. Desactiva el «guardado automático en la galería» en las aplicaciones de mensajería y no envíes más contenido íntimo a nadie mientras la situación siga activa.
    .lead = Corta el flujo de material nuevo.
do-now-evidence = Reúne pruebas mínimas (sin volver a compartir las imágenes).
do-now-evidence-screenshot = Haz capturas de pantalla de los mensajes, las amenazas, los nombres de usuario, las fechas y horas, y los enlaces.
do-now-evidence-timeline = Anota lo que descubriste y cuándo (una cronología sencilla).
do-now-evidence-url = Si la imagen ya está publicada en algún sitio, copia las URL y anota el nombre de la cuenta.
# Police edition only: officers need the original material.
do-now-evidence-police = Tráenos lo que tengas: el teléfono, los mensajes y los enlaces.
    .lead = No borres nada.
# Under-18 editions replace the evidence steps above (UKCIS advice, March 2024).
do-now-evidence-child = Guarda un registro sin la imagen.
do-now-evidence-child-dont-save = No mires, copies, reenvíes ni guardes la propia imagen o vídeo, ni siquiera para enseñárselo a un adulto o para denunciarlo.
do-now-evidence-child-timeline = Anota lo que pasó y cuándo (una cronología sencilla).
do-now-evidence-child-where = Anota dónde se publicó (la aplicación o el sitio web y el nombre de la cuenta) sin volver a abrir la imagen.
do-now-takedown = Si crees que es probable que se comparta (o ya se ha compartido), recurre a ayuda especializada para retirarlo.
do-now-takedown-helpline = Si tienes 18 años o más, contacta con { -revenge-porn-helpline } para recibir apoyo confidencial y práctico (incluida orientación para retirar contenidos).
do-now-takedown-stopncii = Plantéate usar { -stopncii }: crea una «huella digital» (hash) de tu imagen o vídeo y comparte ese hash con las plataformas participantes para ayudar a detectar o eliminar las subidas que coincidan. (No eliminará el contenido de todas partes, pero puede ayudar a reducir que se vuelva a subir en los servicios participantes).
do-now-report = Si hay amenazas, coacción, acecho, chantaje o se ha compartido sin consentimiento, denúncialo.
# $emergency is the UK emergency number (999), filled in by leafpress.
do-now-report-danger = Si estás en peligro inmediato, llama al { $emergency }.
do-now-report-police = Si no, denúncialo a la policía de tu zona (también puedes hacerlo por internet). También puedes denunciarlo de forma anónima a través de { -crimestoppers }.
do-now-under-18 = Si tienes menos de 18 años (o alguien que aparece en las imágenes es menor de 18), trátalo como un asunto de protección infantil.
do-now-under-18-ceop = Presenta una denuncia ante { -ceop }.
do-now-under-18-report-remove = Si hay en internet una imagen o un vídeo de una persona joven y quieres ayuda para que se retire, el servicio { -report-remove } de { -childline } (gestionado junto con la { -internet-watch-foundation }) puede ayudarte.
do-now-accounts = Haz una comprobación rápida de la seguridad de tus cuentas (para limitar nuevos accesos).
do-now-accounts-password = Cambia primero la contraseña de tu correo electrónico y después la de tus principales redes sociales.
do-now-accounts-2fa = Activa la autenticación de dos factores.
do-now-accounts-sessions = Revisa las «sesiones/dispositivos activos» y cierra la sesión en todo lo que no reconozcas.
do-now-accounts-why = Esto es especialmente importante si esa persona tenía acceso a tu teléfono, tus cuentas o tu almacenamiento en la nube.
do-now-tell-someone = Elige a alguien estable que pueda ayudarte a seguir los pasos (un amigo o amiga, un familiar, un profesional de apoyo). Pídele que esté a tu lado mientras haces las primeras llamadas o denuncias.
    .lead = Cuéntaselo a una persona de confianza.
# Under-18 version of the step above.
do-now-tell-adult = Elige a alguien en quien confíes: tu madre, tu padre o la persona que te cuida, un profesor o profesora, o el responsable de protección del centro ({ $nation ->
        [wales] Designated Safeguarding Person
       *[england] Designated Safeguarding Lead
    }). Pídele que esté a tu lado mientras haces las primeras llamadas o denuncias.
    .lead = Cuéntaselo a un adulto de confianza.

## What can wait

can-wait-heading = Lo que puede esperar
can-wait-decide = No tienes que decidir ahora mismo si vas a enfrentarte a esa persona, «perdonarla» o terminar la relación.
can-wait-confront = Si no hay amenazas y no se ha compartido nada, no tienes que tener hoy una gran confrontación. Más adelante, un único mensaje tranquilo y por escrito que marque un límite (por ejemplo: «Borra todas las copias y no las compartas») puede ser suficiente, y después puedes dejar de responder.
can-wait-details = No necesitas reunir todos los detalles antes de contactar con un servicio de apoyo; bastan unas cuantas capturas de pantalla clave y una breve cronología.
# Under-18 version: no screenshots.
can-wait-details-child = No necesitas reunir todos los detalles antes de pedir ayuda; basta con contarle a un adulto lo que pasó y cuándo.

## Closing notes

reassurance-heading = Importante: unas palabras para tranquilizarte
reassurance-body = Sentir conmoción, sentir que han violado tu intimidad o sentir pánico es una reacción normal. Cuando alguien guarda imágenes íntimas o amenaza con compartirlas, puede usarlas para controlarte: no estás exagerando y no tienes que afrontarlo sin ayuda.
scope-heading = Sobre esta guía
scope-body = Estos son los primeros pasos para estabilizar la situación, reducir el riesgo inmediato y ponerte en contacto con apoyo especializado. Las decisiones posteriores (acciones legales, cuestiones en el trabajo o en el centro escolar, un plan de seguridad a largo plazo) pueden esperar a que las cosas estén más tranquilas.
legal-note-heading = Nota importante
legal-note-body = Esta guía ofrece información general sobre los primeros pasos y no constituye asesoramiento jurídico ni sustituye al apoyo profesional. Si estás en peligro inmediato, llama al { $emergency }.
