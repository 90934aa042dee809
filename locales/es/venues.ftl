## Lines each venue edition adds: its lead message, its wallet-card line, and the
## write-in fields staff fill in by hand. Keep names and numbers as { placeables }.

venue-clinic = Edición para clínicas
venue-school = Edición para centros escolares
venue-police = Edición para la policía

## Clinic (GP, sexual health clinic): leads with confidentiality.

clinic-lead-heading = Tu visita es confidencial
clinic-lead-body = Sin tu permiso, no le diremos a nadie que has acudido a nosotros por este motivo ni lo que nos has contado.
clinic-lead-exception = La única excepción es si nos preocupa que tú u otra persona, por ejemplo un niño o una niña, esté en riesgo de sufrir un daño grave (protección, en inglés «safeguarding»).
# Wallet card, one short line.
clinic-card-lead = Lo que nos cuentes es confidencial. Podemos ayudarte con los siguientes pasos.
clinic-write-in-heading = Tu clínica
write-in-clinic-contact = Contacto de la clínica
write-in-clinic-phone = Teléfono

## School: addressed to pupils under 18. Leads with telling a trusted adult or the member of
## staff responsible for safeguarding: in England the Designated Safeguarding Lead (DSL), in
## Wales the Designated Safeguarding Person (DSP, Welsh Government's "Keeping learners safe").
## Messages naming them select on $nation: `wales` for an output for Wales (a Welsh-language
## edition, or a venue in Wales), `england` (the default variant) otherwise. Keep both.

school-lead-heading = Cuéntaselo a un adulto de confianza
school-lead-body = No tienes que enfrentarte a esto sin ayuda. Cuéntaselo a un adulto de confianza: tu madre, tu padre o la persona que te cuida, un profesor o profesora, o nuestro responsable de protección ({ $nation ->
        [wales] Designated Safeguarding Person, DSP
       *[england] Designated Safeguarding Lead, DSL
    }), la persona del centro cuyo trabajo es ayudar a que el alumnado esté seguro.
school-lead-not-in-trouble = Pedir ayuda es lo correcto. El { $nation ->
        [wales] DSP
       *[england] DSL
    } sabe qué hacer y puede denunciarlo por ti.
school-card-lead = Cuéntaselo a un adulto de confianza o a nuestro responsable de protección ({ $nation ->
        [wales] DSP
       *[england] DSL
    }).
school-write-in-heading = Con quién hablar en el centro
write-in-dsl-name = Responsable de protección ({ $nation ->
        [wales] DSP
       *[england] DSL
    })
write-in-dsl-room = Dónde encontrar a esta persona

## Police station: leads with how to report. The write-in fields follow the Victims' Code
## (Right 3): a crime reference number and the officer's contact details.

police-lead-heading = Puedes denunciarlo ante nosotros
police-lead-body = Si alguien te ha amenazado, presionado o chantajeado, o ha compartido tus imágenes sin tu consentimiento, puedes denunciarlo ante nosotros, ahora o más adelante.
# $non-emergency is 101; $crimestoppers-phone is Crimestoppers' number.
police-lead-how = En caso de emergencia, llama al { $emergency }. En otros casos, llama al { $non-emergency }, denuncia por internet a través de { -police-uk } o acude a una comisaría. Puedes denunciar de forma anónima a través de { -crimestoppers } en el { $crimestoppers-phone }.
# The Silent Solution: $silent-solution is 55.
police-lead-silent = Si llamas al { $emergency } desde un móvil y no puedes hablar, pulsa { $silent-solution } cuando te lo indiquen (el sistema «Silent Solution»).
police-card-lead = Puedes denunciarlo ante nosotros. Guarda esta tarjeta: contiene tu número de referencia del delito y los datos de tu agente.
police-write-in-heading = Tu denuncia
write-in-crime-reference = Número de referencia del delito
# A 101 call gives an incident number, which is not the same thing. $non-emergency is 101.
write-in-crime-reference-hint = no el número de incidencia de la llamada al { $non-emergency }
write-in-officer = Nombre y número de placa del agente
write-in-officer-contact = Contacto del agente
